#!/usr/bin/env bash
# A local single-node Apache Kafka (KRaft, broker+controller) from Maven Central artifacts.
#   scripts/kafka.sh start | stop | status | env [user]
# Tests and .ci/run call `start` when KAFKA_BROKERS is not set; `start` is a no-op when already running.
# Clients authenticate with SASL/SCRAM-SHA-256 and are authorized by ACLs (StandardAuthorizer, nothing
# allowed without one). Passwords are generated once per run directory into <run dir>/credentials/
# (<user>.password, mode 600, never committed): the admin (a super user, bootstrapped at format time) and
# the services, relay and projector, whose users and ACLs (deploy/local/kafka/service-acls.txt) `start`
# creates. `env <user>` prints the client settings of a user (admin by default) for `eval`.
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1), KAFKA_RUN_DIR (.kafka/<port>),
# KAFKA_LIB_DIR (deploy/local/kafka/lib), KAFKA_HEAP_OPTS ("-Xms256m -Xmx512m"), KAFKA_START_TIMEOUT (120 s).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_HOME="$ROOT/deploy/local/kafka"
LIB_DIR="${KAFKA_LIB_DIR:-$KAFKA_HOME/lib}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
# One run directory per port, so brokers on different ports never share storage or pid files.
RUN_DIR="${KAFKA_RUN_DIR:-$ROOT/.kafka/$PORT}"
DATA_DIR="$RUN_DIR/data" LOG_DIR="$RUN_DIR/logs" CONFIG="$RUN_DIR/server.properties" PID_FILE="$RUN_DIR/kafka.pid"
CREDENTIALS_DIR="$RUN_DIR/credentials"
# `controller` is the broker's own login to its controller listener (PLAIN), never a client's.
SERVICE_USERS=(relay projector)
TIMEOUT="${KAFKA_START_TIMEOUT:-120}"
read -ra HEAP_OPTS <<<"${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
JAVA_OPTS=("${HEAP_OPTS[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$KAFKA_HOME/log4j2.properties" "-Dkafka.logs.dir=$LOG_DIR")

log() { echo "kafka.sh: $*" >&2; }
die() { log "$*" && exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Not kill -0: it also succeeds for a zombie, which a broker that died during `start` is until we exit.
alive() { local state && state="$(ps -p "$1" -o stat= 2>/dev/null)" && [[ $state != Z* ]]; }

# A pid file that survived a reboot may name an unrelated process: trust it only if it runs our config.
running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid && pid="$(cat "$PID_FILE")"
  [[ "$(ps -p "$pid" -o args= 2>/dev/null)" == *"kafka.Kafka $CONFIG"* ]] && echo "$pid"
}

# start and stop may race (parallel test runs, CI traps); the lock serialises them per run directory.
take_lock() {
  mkdir -p "$RUN_DIR" && exec 9>"$RUN_DIR/.lock"
  flock -w 300 9 || die "could not lock $RUN_DIR/.lock within 300s"
}

resolve_jars() {
  # The marker is newer than the pom only when the last resolution of this pom completed.
  [[ -f $LIB_DIR/.resolved && $LIB_DIR/.resolved -nt $KAFKA_HOME/pom.xml ]] && return 0
  command -v mvn >/dev/null || die "mvn is needed once, to fetch the Kafka jars from Maven Central"
  log "resolving Kafka jars from Maven Central into $LIB_DIR"
  rm -rf "$LIB_DIR"
  # Maven 3.8 prints colour resets even in batch mode; strip them so logs stay readable.
  mvn -B -q -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$LIB_DIR" 2>&1 | sed $'s/\e\\[[0-9;]*m//g' >&2
  touch "$LIB_DIR/.resolved"
}

password() { cat "$CREDENTIALS_DIR/$1.password"; }

# Hex, so a password never needs quoting in a JAAS line, a properties file or a shell.
generate_credentials() {
  local user fresh=1
  mkdir -p "$CREDENTIALS_DIR" && chmod 700 "$CREDENTIALS_DIR"
  [[ -f $CREDENTIALS_DIR/admin.password ]] && fresh=0
  for user in admin controller "${SERVICE_USERS[@]}"; do
    [[ -f $CREDENTIALS_DIR/$user.password ]] && continue
    (umask 077 && od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$CREDENTIALS_DIR/$user.password")
  done
  # Storage formatted before these credentials (by a broker without SASL, or with credentials since
  # removed) holds no admin that could log in: local data only, so it is formatted anew.
  if ((fresh)) && [[ -f $DATA_DIR/meta.properties ]]; then
    log "$DATA_DIR was formatted without the credentials of $CREDENTIALS_DIR; formatting it anew"
    rm -rf "$DATA_DIR"
  fi
}

configure_and_format() {
  generate_credentials
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  (umask 077 && sed -e "s|@KAFKA_PORT@|$PORT|g" -e "s|@KAFKA_CONTROLLER_PORT@|$CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$DATA_DIR|g" -e "s|@KAFKA_ADMIN_PASSWORD@|$(password admin)|g" \
    -e "s|@KAFKA_CONTROLLER_PASSWORD@|$(password controller)|g" \
    "$KAFKA_HOME/server.properties.template" >"$CONFIG.new") && mv "$CONFIG.new" "$CONFIG"
  [[ -f $DATA_DIR/meta.properties ]] && return 0
  local tool=(java "${JAVA_OPTS[@]}" -cp "$LIB_DIR/*" kafka.tools.StorageTool) cluster_id
  cluster_id="$("${tool[@]}" random-uuid)"
  log "formatting $DATA_DIR (cluster $cluster_id) with the SCRAM user admin"
  "${tool[@]}" format --config "$CONFIG" --cluster-id "$cluster_id" --standalone --ignore-formatted \
    --add-scram "SCRAM-SHA-256=[name=admin,password=$(password admin)]" >/dev/null
}

# The services' users and ACLs, through the admin API as the admin; idempotent, so on every start.
provision_services() {
  local pid=$1
  if ! java -Xmx256m -Djava.awt.headless=true "-Dlog4j2.configurationFile=$KAFKA_HOME/log4j2.properties" \
    "-Dkafka.logs.dir=$LOG_DIR" -Dkafka.log.name=provision -cp "$LIB_DIR/*" \
    "$KAFKA_HOME/ProvisionServices.java" "127.0.0.1:$PORT" "$CREDENTIALS_DIR" \
    "$KAFKA_HOME/service-acls.txt" "${SERVICE_USERS[@]}" >"$LOG_DIR/provision.out" 2>&1; then
    cat "$LOG_DIR/provision.out" >&2
    fail_start "the services' users and ACLs could not be created (see $LOG_DIR/provision.log)" "$pid"
  fi
}

fail_start() {
  log "$1; the end of $LOG_DIR/server.log and kafka.out:"
  tail -n 40 "$LOG_DIR/server.log" >&2 2>/dev/null || true
  tail -n 20 "$LOG_DIR/kafka.out" >&2 2>/dev/null || true
  kill -KILL "$2" 2>/dev/null || true
  rm -f "$PID_FILE"
  exit 1
}

# Ready: the client port accepts connections and this run (not an earlier one) logged the end of startup.
wait_ready() {
  local pid=$1 log_offset=$2 deadline=$((SECONDS + TIMEOUT))
  while ((SECONDS < deadline)); do
    alive "$pid" || fail_start "the broker exited during startup" "$pid"
    if port_open "$PORT" && tail -c "+$((log_offset + 1))" "$LOG_DIR/server.log" 2>/dev/null |
      grep -q 'Kafka Server started'; then
      return 0
    fi
    sleep 0.2
  done
  fail_start "the broker was not ready within ${TIMEOUT}s" "$pid"
}

start() {
  take_lock
  local pid log_offset began=$SECONDS
  if pid="$(running_pid)"; then
    # A broker started by this script before it enforced SASL has no credentials for its clients.
    [[ -f $CREDENTIALS_DIR/admin.password ]] ||
      die "the broker running on 127.0.0.1:$PORT (pid $pid) predates SASL: stop it, then start it again"
    log "already running (pid $pid) on 127.0.0.1:$PORT" && return 0
  fi
  port_open "$PORT" && die "127.0.0.1:$PORT is taken by another process: stop it, or set KAFKA_PORT or KAFKA_BROKERS"
  command -v java >/dev/null || die "java (17+) is needed to run the broker"
  resolve_jars
  configure_and_format
  log_offset="$(stat -c %s "$LOG_DIR/server.log" 2>/dev/null || echo 0)"
  # setsid: Ctrl-C in the terminal that ran the tests must not take the shared broker down with it.
  # 9>&-: the broker must not inherit (and hold) the start/stop lock.
  setsid java "${JAVA_OPTS[@]}" -cp "$LIB_DIR/*" kafka.Kafka "$CONFIG" </dev/null >"$LOG_DIR/kafka.out" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_ready "$pid" "$log_offset"
  provision_services "$pid"
  log "started (pid $pid) on 127.0.0.1:$PORT in $((SECONDS - began))s; log: $LOG_DIR/server.log"
}

stop() {
  take_lock
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE" && log "not running" && return 0
  fi
  kill -TERM "$pid"
  # A controlled shutdown flushes and closes the logs; give it time before forcing.
  for _ in $(seq 1 300); do alive "$pid" && sleep 0.2 || break; done
  if alive "$pid"; then
    log "pid $pid did not stop within 60s; killing it" && kill -KILL "$pid"
  fi
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)" && port_open "$PORT"; then
    echo "running (pid $pid) on 127.0.0.1:$PORT" && return 0
  fi
  echo "not running on 127.0.0.1:$PORT" && return 3
}

# For `eval "$(scripts/kafka.sh env relay)"`: a client of this broker as that user.
print_env() {
  local user="${1:-admin}"
  [[ -f $CREDENTIALS_DIR/$user.password ]] || die "no credentials for $user in $CREDENTIALS_DIR (start the broker first)"
  printf 'export KAFKA_BROKERS=127.0.0.1:%s KAFKA_SASL_MECHANISM=scram-sha-256 KAFKA_SASL_USERNAME=%s KAFKA_SASL_PASSWORD_FILE=%q\n' \
    "$PORT" "$user" "$CREDENTIALS_DIR/$user.password"
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  env) print_env "${2:-admin}" ;;
  *) die "usage: $0 start|stop|status|env [user]" ;;
esac
