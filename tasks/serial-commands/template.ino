// Команды по Serial / Serial commands: LED on pin 13, Serial at 9600 baud.
// LED ON → OK, LED OFF → OK, BLINK n → n flashes → OK, anything else → UNKNOWN

void setup() {
  pinMode(13, OUTPUT);
  Serial.begin(9600);
  Serial.println("READY");
}

void loop() {
  if (Serial.available() > 0) {
    String command = Serial.readStringUntil('\n');
    // Ваш код / your code
  }
}
