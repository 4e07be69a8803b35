import { renderPermissionMatrix } from './permission-matrix';

// The script the README's table is pasted from must print exactly the rendered matrix, nothing more.
describe('print-permission-matrix', () => {
  it('writes the permission matrix to standard output', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await jest.isolateModulesAsync(async () => {
        await import('./print-permission-matrix');
      });
      expect(write.mock.calls).toEqual([[renderPermissionMatrix()]]);
    } finally {
      write.mockRestore();
    }
  });
});
