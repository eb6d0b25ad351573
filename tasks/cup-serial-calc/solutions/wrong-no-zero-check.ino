// B. Калькулятор по Serial без проверки деления на ноль.
const int LED = 13;

// Целое число: цифры, в начале может быть минус.
bool isNumber(const String &s) {
  if (s.length() == 0) return false;
  unsigned int from = s[0] == '-' ? 1 : 0;
  if (from == s.length()) return false;
  for (unsigned int i = from; i < s.length(); i++) if (!isDigit(s[i])) return false;
  return true;
}

void answer(const String &text, bool error) {
  Serial.println(text);
  digitalWrite(LED, error ? HIGH : LOW);
}

void setup() {
  pinMode(LED, OUTPUT);
  Serial.begin(9600);
  Serial.println("READY");
}

void loop() {
  if (Serial.available() == 0) return;
  String line = Serial.readStringUntil('\n');
  line.trim();
  // Знак ищем со второго символа: первый может быть минусом числа.
  int at = -1;
  for (unsigned int i = 1; i < line.length() && at < 0; i++) {
    char c = line[i];
    if (c == '+' || c == '-' || c == '*' || c == '/') at = i;
  }
  if (at < 0) { answer("ERR", true); return; }
  String left = line.substring(0, at), right = line.substring(at + 1);
  if (!isNumber(left) || !isNumber(right)) { answer("ERR", true); return; }
  long a = left.toInt(), b = right.toInt();
  char op = line[at];
  long r = op == '+' ? a + b : op == '-' ? a - b : op == '*' ? a * b : a / b;
  answer(String(r), false);
}
