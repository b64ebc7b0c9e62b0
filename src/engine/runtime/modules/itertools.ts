// The itertools module (placeholder until simulated).
import { registerModule } from './registry';
import { NotSimulated, R } from '../core';

registerModule('itertools', () => {
  throw new NotSimulated("the module 'itertools'", R.line);
});
