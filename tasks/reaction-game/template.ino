// Игра «Реакция» / Reaction game: button on pin 2 (to GND), LED on pin 13.

const int BUTTON = 2;
const int LED = 13;

unsigned long waitStart = 0;  // когда началось ожидание / when the wait began
unsigned long waitMs = 0;     // сколько ждать в этом раунде / how long to wait this round
unsigned long litAt = 0;      // когда загорелся светодиод / when the LED lit up
bool lit = false;             // горит ли светодиод / is the LED lit
int lastButton = HIGH;        // прошлое состояние кнопки / the button's previous state

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
  Serial.begin(9600);
  randomSeed(analogRead(A5));
  waitStart = millis();
  waitMs = random(1000, 3001);
}

void loop() {
  // 1. нажатие = кнопка была HIGH, а стала LOW / a press = the button was HIGH and is now LOW
  // 2. светодиод не горит: нажатие → EARLY; время вышло → зажечь, запомнить millis()
  //    the LED is dark: a press → EARLY; the wait is over → light it, remember millis()
  // 3. светодиод горит: нажатие → погасить, напечатать millis() - litAt, новый раунд
  //    the LED is lit: a press → switch it off, print millis() - litAt, a new round
  // без delay()! / no delay()!
}
