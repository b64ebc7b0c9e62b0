// The collections module (placeholder until simulated).
import { registerModule } from './registry';
import { NotSimulated, R } from '../core';

registerModule('collections', () => {
  throw new NotSimulated("the module 'collections'", R.line);
});
