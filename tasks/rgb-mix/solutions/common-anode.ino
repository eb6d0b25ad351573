const int RED = 9;
const int GREEN = 10;
const int BLUE = 11;

void setColor(int r, int g, int b) {
  analogWrite(RED, 255 - r);    // mistake: code for a common-anode LED
  analogWrite(GREEN, 255 - g);
  analogWrite(BLUE, 255 - b);
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
