// seen: student programs feeding the socket from a thread pool next to the stream (Executors.newFixedThreadPool)
// expect-refused: threads
import java.util.concurrent.Executors
val pool = Executors.newFixedThreadPool(2)
println(pool)
