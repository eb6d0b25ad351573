const int RED = 9;
const int GREEN = 11;  // mistake: green and blue legs mixed up
const int BLUE = 10;

void setColor(int r, int g, int b) {
  analogWrite(RED, r);
  analogWrite(GREEN, g);
  analogWrite(BLUE, b);
}

void setup() {
  pinMode(RED, OUTPUT);
  pinMode(GREEN, OUTPUT);
  pinMode(BLUE, OUTPUT);
}

void loop() {
  setColor(255, 0, 0);     // красный
  delay(1000);
  setColor(255, 128, 0);   // оранжевый
  delay(1000);
  setColor(255, 255, 0);   // жёлтый
  delay(1000);
  setColor(0, 255, 0);     // зелёный
  delay(1000);
  setColor(0, 255, 255);   // голубой
  delay(1000);
  setColor(0, 0, 255);     // синий
  delay(1000);
  setColor(128, 0, 255);   // фиолетовый
  delay(1000);
}
