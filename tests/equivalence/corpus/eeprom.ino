// EEPROM: a boot counter and a block write/read-back with checksum over serial.
#include <EEPROM.h>
void setup() {
  Serial.begin(115200);
  byte boots = EEPROM.read(0);
  EEPROM.write(0, boots + 1);
  Serial.print("boot "); Serial.println(boots);
  for (int i = 1; i < 40; i++) EEPROM.update(i, (i * 7 + boots) & 0xff);
  unsigned sum = 0;
  for (int i = 0; i < 40; i++) sum += EEPROM.read(i);
  Serial.print("sum "); Serial.println(sum);
}
void loop() { delay(10); }
