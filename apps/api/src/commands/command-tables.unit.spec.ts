import { COMMAND_TYPES, SYSTEM_COMMAND_TYPES } from '@hstf/auth';
import { COMMAND_ROUTES, COMMAND_SPECS } from './command-tables';

describe('the command tables', () => {
  it('hold one row for every command the API takes, each routed once', () => {
    const routed = COMMAND_SPECS.filter((spec) => spec.route !== undefined);
    expect(routed.map((spec) => spec.type).sort()).toEqual([...COMMAND_TYPES].sort());
    expect(COMMAND_ROUTES.size).toBe(routed.length);
  });

  it("hold the server's own commands without a route", () => {
    const unrouted = COMMAND_SPECS.filter((spec) => spec.route === undefined);
    expect(unrouted.map((spec) => spec.type).sort()).toEqual([...SYSTEM_COMMAND_TYPES].sort());
  });

  it('give every routed row a success status and a route that names its method and template', () => {
    for (const spec of COMMAND_SPECS.filter((row) => row.route !== undefined)) {
      expect(spec.route).toMatch(/^(POST|PUT) \/[a-z-]+(\/[:a-z-]+)*$/i);
      expect([200, 201]).toContain(spec.status);
    }
  });

  it('give a new aggregate a Location, and only a create', () => {
    for (const spec of COMMAND_SPECS) {
      expect({ type: spec.type, location: spec.location !== undefined }).toEqual({
        type: spec.type,
        location: spec.mode === 'create',
      });
    }
  });
});
