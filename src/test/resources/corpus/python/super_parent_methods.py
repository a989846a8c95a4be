# seen: oladiiposaheed/myproject OOP/Super/super6.py (super() reaching the parent's __init__, instance, class and static methods)
class Sensor:
    unit = "raw"

    def __init__(self, name):
        self.name = name
        self.readings = []

    def record(self, value):
        self.readings.append(value)
        return len(self.readings)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

    @staticmethod
    def clamp(value):
        return max(0, min(100, value))


class Thermometer(Sensor):
    unit = "celsius"

    def __init__(self, name, offset):
        super().__init__(name)
        self.offset = offset

    def record(self, value):
        return super().record(self.clamp(value + self.offset))

    @classmethod
    def describe(cls):
        return "thermometer: " + super().describe()


class LoggingThermometer(Thermometer):
    def record(self, value):
        count = super().record(value)
        print(f"{self.name} stored {self.readings[-1]} ({count} so far)")
        return count


t = LoggingThermometer("t1", 2)
t.record(20)
t.record(120)
print(t.readings, LoggingThermometer.describe(), Sensor.describe())
print(isinstance(t, Sensor), issubclass(LoggingThermometer, Sensor))
