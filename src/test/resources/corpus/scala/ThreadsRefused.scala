// seen: student programs starting a producer thread next to the stream (new Thread(new Runnable {...}).start())
// expect-refused: thread
import java.util.concurrent.Executors
val pool = Executors.newFixedThreadPool(2)
pool.submit(new Runnable { def run(): Unit = println("hi") })
