// Эхо / Serial echo: send back every line that comes in.

void setup() {
  Serial.begin(9600);
}

void loop() {
  // если пришли данные — прочитайте строку до '\n' и отправьте её обратно
  // if data has arrived — read a line up to '\n' and send it back
}
