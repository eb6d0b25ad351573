// Fade: brightness changes by 5 every 20 ms: 51 steps up (≈ 1 s), 51 steps down (≈ 1 s).
const int LED = 9;

int brightness = 0;
int fadeAmount = 5;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  analogWrite(LED, brightness);
  brightness = brightness + fadeAmount;
  if (brightness <= 0 || brightness >= 255) {
    fadeAmount = -fadeAmount;
  }
  delay(20);
}
