import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Run by scripts/kafka.sh start once the broker is up (Java's single-file launcher, on the broker's own
 * jars, so nothing is built): upserts the services' SCRAM users with the passwords of the run directory's
 * credentials and creates the ACLs of service-acls.txt, as the admin bootstrapped at format time. Both
 * are idempotent, so every start runs it.
 *
 * <p>Arguments: bootstrap server, credentials directory (one {@code <user>.password} file each, the admin's
 * among them), the ACL file, then the users to upsert.
 */
public class ProvisionServices {
  private static final int ITERATIONS = 8192;

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ProvisionServices <bootstrap> <credentials dir> <acl file> <user>...");
      System.exit(2);
    }
    Path credentials = Path.of(args[1]);
    Properties config = new Properties();
    config.put("bootstrap.servers", args[0]);
    config.put("security.protocol", "SASL_PLAINTEXT");
    config.put("sasl.mechanism", "SCRAM-SHA-256");
    config.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
            + password(credentials, "admin")
            + "\";");
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      users.add(
          new UserScramCredentialUpsertion(
              args[i],
              new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, ITERATIONS),
              password(credentials, args[i])));
    }
    List<AclBinding> acls = acls(Path.of(args[2]));
    try (Admin admin = Admin.create(config)) {
      if (!users.isEmpty()) admin.alterUserScramCredentials(users).all().get();
      admin.createAcls(acls).all().get();
    }
    System.out.println(users.size() + " users and " + acls.size() + " ACLs in place");
  }

  private static String password(Path credentials, String user) throws Exception {
    return Files.readString(credentials.resolve(user + ".password")).strip();
  }

  /** One ALLOW entry per line, from any host: principal, operation, resource type, pattern type, name. */
  private static List<AclBinding> acls(Path file) throws Exception {
    List<AclBinding> acls = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      String[] f = trimmed.split("\\s+");
      if (f.length != 5) throw new IllegalArgumentException(file + ": not an ACL line: " + line);
      acls.add(
          new AclBinding(
              new ResourcePattern(ResourceType.valueOf(f[2]), f[4], PatternType.valueOf(f[3])),
              new AccessControlEntry(
                  f[0], "*", AclOperation.valueOf(f[1]), AclPermissionType.ALLOW)));
    }
    return acls;
  }
}
