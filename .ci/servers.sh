# Starts PostgreSQL, MariaDB and ClickHouse from Debian's packages as processes of their own on
# 127.0.0.1, with their data in a temporary directory, and exports SALESPERF_*_URL for the tests.
# Source it, then call start_test_servers; stop_test_servers undoes everything.
#   PG 55432, MariaDB 53306, ClickHouse HTTP 58123 (native 59000)
#   a two-shard ClickHouse cluster: shard 1 HTTP 58223 (native 59100, interserver 59109),
#   shard 2 HTTP 58224 (native 59101, interserver 59110)

SALESPERF_PG_PORT=${SALESPERF_PG_PORT:-55432}
SALESPERF_MYSQL_PORT=${SALESPERF_MYSQL_PORT:-53306}
SALESPERF_CH_HTTP_PORT=${SALESPERF_CH_HTTP_PORT:-58123}
SALESPERF_CH_TCP_PORT=${SALESPERF_CH_TCP_PORT:-59000}
SALESPERF_CH_SHARD_HTTP_PORTS=${SALESPERF_CH_SHARD_HTTP_PORTS:-58223 58224}
SALESPERF_CH_SHARD_TCP_PORTS=${SALESPERF_CH_SHARD_TCP_PORTS:-59100 59101}
SALESPERF_CH_SHARD_INTERSERVER_PORTS=${SALESPERF_CH_SHARD_INTERSERVER_PORTS:-59109 59110}
SALESPERF_CH_CLUSTER_NAME=${SALESPERF_CH_CLUSTER_NAME:-salesperf_two_shards}
SALESPERF_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '[servers] %s\n' "$*"; }

wait_for() { # wait_for NAME SECONDS COMMAND...
  local name=$1 seconds=$2; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "$name did not answer within ${seconds}s"
  return 1
}

start_postgres() {
  local bin dir="$SERVERS_DIR/postgres"
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  mkdir -p "$dir/data" "$dir/log"
  chown -R postgres:postgres "$dir"
  su postgres -c "$bin/initdb -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/log/initdb.log" 2>&1 \
    || { cat "$dir/log/initdb.log"; return 1; }
  su postgres -c "$bin/pg_ctl -D '$dir/data' -o \"-p $SALESPERF_PG_PORT -k /tmp -c listen_addresses=127.0.0.1\" -l '$dir/log/pg.log' start" >/dev/null \
    || { cat "$dir/log/pg.log"; return 1; }
  wait_for PostgreSQL 60 "$bin/pg_isready" -h 127.0.0.1 -p "$SALESPERF_PG_PORT" || { cat "$dir/log/pg.log"; return 1; }
  psql -h 127.0.0.1 -p "$SALESPERF_PG_PORT" -U postgres -qc 'CREATE DATABASE salesperf_test'
  log "PostgreSQL answers: $(psql -h 127.0.0.1 -p "$SALESPERF_PG_PORT" -U postgres -d salesperf_test -Atc 'select version()')"
  export SALESPERF_PG_URL="postgres://postgres@127.0.0.1:$SALESPERF_PG_PORT/salesperf_test"
  PG_CTL_STOP="su postgres -c \"$bin/pg_ctl -D '$dir/data' -m fast stop\""
}

# MySQL 8's default strictness: every suite runs under ONLY_FULL_GROUP_BY, so MariaDB's
# lax default can never hide a statement that MySQL 8 rejects.
SALESPERF_MYSQL_SQL_MODE=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION

start_mariadb() {
  local dir="$SERVERS_DIR/mariadb"
  mkdir -p "$dir/data"
  chown -R mysql:mysql "$dir"
  mariadb-install-db --datadir="$dir/data" --user=mysql --skip-test-db >"$dir/install.log" 2>&1 \
    || { cat "$dir/install.log"; return 1; }
  mariadbd --datadir="$dir/data" --socket="$dir/mariadb.sock" --port="$SALESPERF_MYSQL_PORT" \
    --bind-address=127.0.0.1 --user=mysql --local-infile=1 --pid-file="$dir/mariadb.pid" \
    --log-error="$dir/error.log" --sql-mode="$SALESPERF_MYSQL_SQL_MODE" &
  MARIADB_PID=$!
  wait_for MariaDB 60 mariadb --socket="$dir/mariadb.sock" -uroot -e 'select 1' || { cat "$dir/error.log"; return 1; }
  mariadb --socket="$dir/mariadb.sock" -uroot -e "
    CREATE DATABASE salesperf_test;
    CREATE USER 'salesperf'@'127.0.0.1' IDENTIFIED BY 'salesperf';
    GRANT ALL PRIVILEGES ON *.* TO 'salesperf'@'127.0.0.1' WITH GRANT OPTION;
    DELETE FROM mysql.global_priv WHERE user = '';
    FLUSH PRIVILEGES;"
  log "MariaDB answers: $(mariadb -h 127.0.0.1 -P "$SALESPERF_MYSQL_PORT" -usalesperf -psalesperf -N -e 'select version(), @@sql_mode')"
  export SALESPERF_MYSQL_URL="mysql://salesperf:salesperf@127.0.0.1:$SALESPERF_MYSQL_PORT/salesperf_test"
}

start_clickhouse() {
  local dir="$SERVERS_DIR/clickhouse"
  mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/log"
  cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog></logger>
  <http_port>$SALESPERF_CH_HTTP_PORT</http_port>
  <tcp_port>$SALESPERF_CH_TCP_PORT</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <user_files_path>$dir/user_files/</user_files_path>
  <users_config>/etc/clickhouse-server/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>536870912</mark_cache_size>
</yandex>
XML
  chown -R clickhouse:clickhouse "$dir"
  su clickhouse -s /bin/sh -c "exec clickhouse-server --config-file='$dir/config.xml'" >"$dir/log/stdout.log" 2>&1 &
  CLICKHOUSE_SU_PID=$!
  wait_for ClickHouse 90 curl -sf "http://127.0.0.1:$SALESPERF_CH_HTTP_PORT/?query=SELECT%201" \
    || { cat "$dir/log/stdout.log" "$dir/log/error.log" 2>/dev/null; return 1; }
  curl -sf "http://127.0.0.1:$SALESPERF_CH_HTTP_PORT/" --data-binary 'CREATE DATABASE IF NOT EXISTS salesperf_test'
  log "ClickHouse answers: $(curl -sf "http://127.0.0.1:$SALESPERF_CH_HTTP_PORT/?query=SELECT%20version()")"
  export SALESPERF_CLICKHOUSE_URL="http://default@127.0.0.1:$SALESPERF_CH_HTTP_PORT/salesperf_test"
}

# A cluster on one machine: one clickhouse-server per shard, each with its own ports and paths, all
# with the same <remote_servers> entry naming every shard. Plain MergeTree under Distributed needs
# no ZooKeeper (ON CLUSTER DDL would: the tests run their DDL on every node instead).
start_clickhouse_cluster() {
  local http_ports=($SALESPERF_CH_SHARD_HTTP_PORTS) tcp_ports=($SALESPERF_CH_SHARD_TCP_PORTS)
  local interserver_ports=($SALESPERF_CH_SHARD_INTERSERVER_PORTS) shards="" i dir
  for i in "${!tcp_ports[@]}"; do
    shards+="<shard><replica><host>127.0.0.1</host><port>${tcp_ports[$i]}</port></replica></shard>"
  done
  CLICKHOUSE_SHARD_SU_PIDS=()
  for i in "${!http_ports[@]}"; do
    dir="$SERVERS_DIR/clickhouse-shard$((i + 1))"
    mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/log"
    cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog></logger>
  <http_port>${http_ports[$i]}</http_port>
  <tcp_port>${tcp_ports[$i]}</tcp_port>
  <interserver_http_port>${interserver_ports[$i]}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <listen_host>127.0.0.1</listen_host>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <user_files_path>$dir/user_files/</user_files_path>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <remote_servers><$SALESPERF_CH_CLUSTER_NAME>$shards</$SALESPERF_CH_CLUSTER_NAME></remote_servers>
  <query_log><database>system</database><table>query_log</table><flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log>
</yandex>
XML
    # the default user, and in users.d the read-only login the pack provisions (database `sales`)
    mkdir -p "$dir/users.d"
    cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>10000000000</max_memory_usage></default></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
  </users>
  <quotas><default></default></quotas>
</yandex>
XML
    cp "$SALESPERF_REPO/provisioning/warehouse/clickhouse/users.d/salesperf-reader.xml" "$dir/users.d/"
    chown -R clickhouse:clickhouse "$dir"
    su clickhouse -s /bin/sh -c "exec clickhouse-server --config-file='$dir/config.xml'" >"$dir/log/stdout.log" 2>&1 &
    CLICKHOUSE_SHARD_SU_PIDS+=($!)
  done
  for i in "${!http_ports[@]}"; do
    dir="$SERVERS_DIR/clickhouse-shard$((i + 1))"
    wait_for "ClickHouse shard $((i + 1))" 90 curl -sf "http://127.0.0.1:${http_ports[$i]}/?query=SELECT%201" \
      || { cat "$dir/log/stdout.log" "$dir/log/error.log" 2>/dev/null; return 1; }
    curl -sf "http://127.0.0.1:${http_ports[$i]}/" --data-binary 'CREATE DATABASE IF NOT EXISTS salesperf_test'
  done
  log "ClickHouse cluster $SALESPERF_CH_CLUSTER_NAME answers: $(curl -sf "http://127.0.0.1:${http_ports[0]}/" \
    --data-binary "SELECT concat(toString(count()), ' shards') FROM remote('$(printf '127.0.0.1:%s,' "${tcp_ports[@]}" | sed 's/,$//')', system.one)")"
  export SALESPERF_CLICKHOUSE_CLUSTER_URL="http://default@127.0.0.1:${http_ports[0]}/salesperf_test"
  export SALESPERF_CLICKHOUSE_CLUSTER="$SALESPERF_CH_CLUSTER_NAME"
  export SALESPERF_CLICKHOUSE_CLUSTER_READER_URL="http://salesperf_reader:salesperf_reader@127.0.0.1:${http_ports[0]}/sales"
  # every node's HTTP URL: the tests run the cluster DDL on each node
  SALESPERF_CLICKHOUSE_CLUSTER_NODES=$(printf 'http://default@127.0.0.1:%s/salesperf_test ' "${http_ports[@]}")
  export SALESPERF_CLICKHOUSE_CLUSTER_NODES="${SALESPERF_CLICKHOUSE_CLUSTER_NODES% }"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_test_servers() {
  local port
  for port in "$SALESPERF_PG_PORT" "$SALESPERF_MYSQL_PORT" "$SALESPERF_CH_HTTP_PORT" "$SALESPERF_CH_TCP_PORT" \
    $SALESPERF_CH_SHARD_HTTP_PORTS $SALESPERF_CH_SHARD_TCP_PORTS $SALESPERF_CH_SHARD_INTERSERVER_PORTS; do
    if ! port_free "$port"; then
      log "port $port on 127.0.0.1 is already in use: stop what listens there or set SALESPERF_*_PORT"
      return 1
    fi
  done
  SERVERS_DIR=$(mktemp -d /tmp/salesperf-servers.XXXXXX)
  chmod 755 "$SERVERS_DIR"
  start_postgres && start_mariadb && start_clickhouse && start_clickhouse_cluster
}

stop_test_servers() {
  if [ -n "${PG_CTL_STOP:-}" ]; then eval "$PG_CTL_STOP" >/dev/null 2>&1 || true; fi
  if [ -n "${MARIADB_PID:-}" ]; then kill "$MARIADB_PID" 2>/dev/null || true; wait "$MARIADB_PID" 2>/dev/null || true; fi
  if [ -n "${CLICKHOUSE_SU_PID:-}" ]; then
    # su runs clickhouse-server (exec'd) as its child: stop the server, then su ends too
    pkill -P "$CLICKHOUSE_SU_PID" 2>/dev/null || true
    wait "$CLICKHOUSE_SU_PID" 2>/dev/null || true
  fi
  local pid
  for pid in ${CLICKHOUSE_SHARD_SU_PIDS[@]+"${CLICKHOUSE_SHARD_SU_PIDS[@]}"}; do
    pkill -P "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "${SERVERS_DIR:-}" ]; then rm -rf "$SERVERS_DIR"; fi
  log "servers stopped"
}
