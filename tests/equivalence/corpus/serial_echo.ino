// Serial echo: every received byte comes back upper-cased; a line count on each newline.
int lines = 0;
void setup() { Serial.begin(9600); Serial.println("ready"); }
void loop() {
  while (Serial.available()) {
    int c = Serial.read();
    if (c == '\n') { lines++; Serial.print(" #"); Serial.println(lines); }
    else Serial.write(toupper(c));
  }
}
