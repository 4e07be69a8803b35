import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Passwords of Kafka users, one `<user>.password` file each (mode 600), as scripts/kafka.sh keeps the
 * local broker's in `.kafka/<port>/credentials`. A user without a file gets a generated password, written
 * before it is used, so a second run finds and keeps it.
 */
export class PasswordDirectory {
  constructor(readonly dir: string) {}

  fileOf(username: string): string {
    return join(this.dir, `${username}.password`);
  }

  async passwordOf(username: string): Promise<{ password: string; generated: boolean }> {
    const existing = await this.read(username);
    if (existing !== undefined) return { password: existing, generated: false };
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Hex, as kafka.sh generates them: never needs quoting in a JAAS line, a properties file or a shell.
    const password = randomBytes(24).toString('hex');
    try {
      await writeFile(this.fileOf(username), password, { mode: 0o600, flag: 'wx' });
      return { password, generated: true };
    } catch (error) {
      // Another run wrote it first: its password is the one to keep.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return { password: (await this.read(username))!, generated: false };
    }
  }

  private async read(username: string): Promise<string | undefined> {
    try {
      const password = (await readFile(this.fileOf(username), 'utf8')).trim();
      return password === '' ? undefined : password;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
