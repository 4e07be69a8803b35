import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * An outside client for the need-to-know suite: Apache Kafka's own Java client (from the local broker's
 * jars), so what the broker allows is not only seen through kafkajs. Each triple of arguments after the
 * first two is one attempt, as one user: {@code read <topic>} (from the beginning, no group),
 * {@code write <topic>}, or {@code join:<group> <topic>} (subscribe in that consumer group). Prints one
 * line per attempt: {@code <user> <op> <topic> ok <records>} or {@code <user> <op> <topic> denied
 * <exception>}; anything else is {@code failed}.
 *
 * <p>Arguments: bootstrap server, credentials directory ({@code <user>.password}), then triples.
 */
public class JavaClientProbe {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    Path credentials = Path.of(args[1]);
    for (int i = 2; i + 2 < args.length; i += 3) {
      String user = args[i], op = args[i + 1], topic = args[i + 2];
      String outcome;
      try {
        outcome = "ok " + attempt(login(bootstrap, credentials, user), op, topic);
      } catch (Exception error) {
        Throwable cause = error instanceof ExecutionException ? error.getCause() : error;
        String name = cause.getClass().getSimpleName();
        outcome = (name.endsWith("AuthorizationException") ? "denied " : "failed ") + name;
      }
      System.out.println(user + " " + op + " " + topic + " " + outcome);
    }
  }

  private static Properties login(String bootstrap, Path credentials, String user) throws Exception {
    String password = Files.readString(credentials.resolve(user + ".password")).strip();
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrap);
    config.put("security.protocol", "SASL_PLAINTEXT");
    config.put("sasl.mechanism", "SCRAM-SHA-256");
    config.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + user
            + "\" password=\""
            + password
            + "\";");
    return config;
  }

  private static int attempt(Properties config, String op, String topic) throws Exception {
    if (op.equals("write")) {
      config.put("key.serializer", ByteArraySerializer.class.getName());
      config.put("value.serializer", ByteArraySerializer.class.getName());
      // Not idempotent: an idempotent producer is refused its producer id before the topic is asked about.
      config.put("enable.idempotence", "false");
      config.put("max.block.ms", "15000");
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
        byte[] value = "{\"probe\":true}".getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, "java-client-probe".getBytes(StandardCharsets.UTF_8), value)).get();
        return 1;
      }
    }
    config.put("key.deserializer", ByteArrayDeserializer.class.getName());
    config.put("value.deserializer", ByteArrayDeserializer.class.getName());
    config.put("auto.offset.reset", "earliest");
    if (op.startsWith("join:")) config.put("group.id", op.substring("join:".length()));
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      if (op.equals("read")) consumer.assign(partitionsOf(consumer, topic));
      else if (op.startsWith("join:")) consumer.subscribe(List.of(topic));
      else throw new IllegalArgumentException("unknown op " + op);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int records = 0;
      while (records == 0 && System.nanoTime() < deadline) {
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
        records += batch.count();
      }
      return records;
    }
  }

  /**
   * Every partition of the topic, read from the beginning: a probe message may be on any of them. Where
   * the metadata is refused, partition 0, so that the refusal comes from the read itself, as it is reported.
   */
  private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, String topic) {
    List<TopicPartition> partitions = new ArrayList<>();
    try {
      for (PartitionInfo info : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    } catch (RuntimeException refused) {
      partitions.clear();
    }
    if (partitions.isEmpty()) partitions.add(new TopicPartition(topic, 0));
    return partitions;
  }
}
