// Calling a null function pointer jumps to address 0: an unexpected reset.
typedef void (*fn)();
volatile fn handler = 0;
void setup() { pinMode(13, OUTPUT); digitalWrite(13, HIGH); delay(3); handler(); }
void loop() {}
