// tone(): Timer2 toggles D8 from its interrupt; frequencies change, then noTone.
void setup() {}
void loop() {
  tone(8, 440); delay(30);
  tone(8, 1000, 20); delay(40);
  tone(8, 2500); delay(15);
  noTone(8); delay(25);
}
