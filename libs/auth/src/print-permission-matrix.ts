import { renderPermissionMatrix } from './permission-matrix';

// Run after `npm run build` to paste the matrix into the README: node dist/libs/auth/src/print-permission-matrix.js
process.stdout.write(renderPermissionMatrix());
