// seen: docs.scala-lang.org tour "Pattern Matching" (Notification: Email/SMS/VoiceRecording, guards)
sealed trait Notification
case class Email(sender: String, title: String, body: String) extends Notification
case class SMS(caller: String, message: String) extends Notification
case class VoiceRecording(contactName: String, link: String) extends Notification

def showNotification(notification: Notification): String = notification match {
  case Email(sender, title, _) => s"You got an email from $sender with title: $title"
  case SMS(number, message) => s"You got an SMS from $number! Message: $message"
  case VoiceRecording(name, link) => s"You received a Voice Recording from $name! Click the link to hear it: $link"
}

def showImportant(notification: Notification, importantPeopleInfo: Seq[String]): String = notification match {
  case Email(sender, _, _) if importantPeopleInfo.contains(sender) => "You got an email from special someone!"
  case SMS(number, _) if importantPeopleInfo.contains(number) => "You got an SMS from special someone!"
  case other => showNotification(other)
}

val important = Seq("867-5309", "jenny@gmail.com")
println(showImportant(SMS("867-5309", "Are you there?"), important))
println(showImportant(Email("tom@x.org", "Hi", "..."), important))
println(showNotification(VoiceRecording("Tom", "voicerecording.org/id/123")))
