#!/usr/bin/env node
// rack-check's command line: the code is in the bundle one folder up, which the action runs too
require('../index.js').cli()
