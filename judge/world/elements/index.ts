// Every field element kind; adding one is a new file here plus its line below.
import './line.ts';
import './arc.ts';
import './zone.ts';
import './wall.ts';
import './box.ts';
import './ring.ts';
import './can.ts';
import './opponent.ts';
import './maze.ts';
