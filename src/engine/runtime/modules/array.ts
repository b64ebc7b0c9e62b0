// The array module (placeholder until simulated).
import { registerModule } from './registry';
import { NotSimulated, R } from '../core';

registerModule('array', () => {
  throw new NotSimulated("the module 'array'", R.line);
});
