import { run } from './action/main.js'

/* The action's entry point: nothing but run(). */
void run()
