// Unbounded recursion: the stack runs into the variables; the board must report the same crash.
volatile int sink;
int depth(int n) { volatile char pad[16]; pad[0] = n; sink = pad[0]; return depth(n + 1) + pad[0]; }
void setup() { Serial.begin(115200); Serial.println("go"); delay(5); Serial.println(depth(0)); }
void loop() {}
