// Counts "the button is pressed" instead of "the button became pressed": a short click counts
// once thanks to the delay, but holding it adds one every 200 ms.
const int BUTTON = 2;
int count = 0;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  Serial.begin(9600);
}

void loop() {
  if (digitalRead(BUTTON) == LOW) {
    count++;
    Serial.println(count);
    delay(200);
  }
}
