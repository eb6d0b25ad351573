// Right with a perfect button; a real, bouncing contact gives several edges per press.
const int BUTTON = 2;
int count = 0;
int last = HIGH;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  Serial.begin(9600);
}

void loop() {
  int now = digitalRead(BUTTON);
  if (last == HIGH && now == LOW) {
    count++;
    Serial.println(count);
  }
  last = now;
}
