# On réalise les imports qui vont nous permettre d'utiliser PySpark

from pyspark.streaming import StreamingContext

# On instancie un contexte de Streaming PySpark, avec un intervalle de temps de 1s (ie toutes les 1s on va récupérer les données dans le buffer et les traiter)

ssc = StreamingContext(sc, 1) 

# On détermine où est le serveur de streaming d'où vont provenir les données, en l'occurence ici le port 7777

lines = ssc.socketTextStream("localhost", 7777)

# On réalie les mêmes opérations que précédemment

words = lines.flatMap(lambda line: line.split(" "))
pairs = words.map(lambda word: (word, 1))
wordCounts = pairs.reduceByKey(lambda x, y: x + y)

# On affiche le résultat

wordCounts.pprint()

# Pour lancer le traitement avec Spark Streaming, il est nécessaire d'appeler la fonction start. En effet, l'exécution d'une fonction finale (map, print, etc.) ne suffit pas à lancer le traitement.

ssc.start()  

# Chaque traitement (ie du buffer d'une seconde) est lancé dans un thread. Or, il est primordial que le programme principal (ie celui qui va lancer l'ensemble des threads) continue à tourner. Pour ce faire, on utilise la fonction awaitTermination.

ssc.awaitTermination()  
