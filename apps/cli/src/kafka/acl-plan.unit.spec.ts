import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAcl, planAcls, serviceAcls } from './acl-plan';

const SERVICE_ACLS_FILE = join(__dirname, '../../../../deploy/local/kafka/service-acls.txt');

describe('the need-to-know ACL plan', () => {
  const plan = planAcls({ agencies: ['ICE-HSI', 'TX-DPS', 'FBI', 'FBI'], states: ['TX', 'AZ'] });
  const aclsOf = (principal: string) => plan.acls.filter((acl) => acl.principal === principal).map(formatAcl);

  it('has one user per service, agency and state, agencies and states in order, each once', () => {
    expect(plan.users.map((u) => u.username)).toEqual([
      'relay',
      'projector',
      'agency-fbi',
      'agency-ice-hsi',
      'agency-tx-dps',
      'state-az',
      'state-tx',
    ]);
    expect(plan.users.find((u) => u.username === 'agency-ice-hsi')?.audience).toEqual({
      kind: 'agency',
      code: 'ICE-HSI',
    });
  });

  it('lets an agency and a state read and describe only their own topic, in groups named after them', () => {
    expect(aclsOf('User:agency-ice-hsi')).toEqual([
      'User:agency-ice-hsi READ TOPIC LITERAL hstf.agency.ice-hsi.v2',
      'User:agency-ice-hsi DESCRIBE TOPIC LITERAL hstf.agency.ice-hsi.v2',
      'User:agency-ice-hsi READ GROUP PREFIXED agency-ice-hsi.',
    ]);
    expect(aclsOf('User:state-tx')).toEqual([
      'User:state-tx READ TOPIC LITERAL hstf.state.tx.v2',
      'User:state-tx DESCRIBE TOPIC LITERAL hstf.state.tx.v2',
      'User:state-tx READ GROUP PREFIXED state-tx.',
    ]);
  });

  it('gives WRITE to the relay alone', () => {
    const writers = new Set(plan.acls.filter((acl) => acl.operation === 'WRITE').map((acl) => acl.principal));
    expect([...writers]).toEqual(['User:relay']);
    expect(aclsOf('User:projector')).toEqual([
      'User:projector READ TOPIC LITERAL hstf.events.v1',
      'User:projector DESCRIBE TOPIC LITERAL hstf.events.v1',
      'User:projector CREATE TOPIC LITERAL hstf.events.v1',
      'User:projector READ GROUP PREFIXED hstf-projector.',
    ]);
  });

  it('grants the services what scripts/kafka.sh grants them on the local broker', () => {
    const lines = readFileSync(SERVICE_ACLS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/).join(' '))
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines).toEqual(serviceAcls().map(formatAcl));
  });
});
