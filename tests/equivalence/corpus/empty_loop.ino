// The emptiest sketch: loop() does nothing; main() polls serialEventRun. Pure idle.
void setup() { pinMode(13, OUTPUT); digitalWrite(13, HIGH); }
void loop() {}
