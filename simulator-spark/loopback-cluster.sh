#!/usr/bin/env bash
# A Spark standalone cluster on this machine, on loopback only: one master (127.0.0.1:7077) and two workers of one
# core each, run from the module's Maven jars (no Spark download). Usage:
#   simulator-spark/loopback-cluster.sh start     # then: ./retail-studio-spark simulate --master spark://127.0.0.1:7077 ...
#   simulator-spark/loopback-cluster.sh stop
# WORKER_MEMORY (default 2g) sets each worker's memory for executors. Logs and process ids in simulator-spark/target/cluster.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
state="$target/cluster"
lib="$target/lib"

stop() {
  if [ -f "$state/pids" ]; then
    while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$state/pids"
    rm -f "$state/pids"
    echo "stopped"
  fi
}

case "${1:-}" in
  stop) stop; exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

if [ ! -d "$lib" ]; then
  (cd "$here/.." && ./mvnw -B -q -DskipTests -pl simulator-spark -am package) >&2
fi
stop >/dev/null
mkdir -p "$state/work"
# A Spark home as the workers expect one: RELEASE marks a distribution, jars/ is the class path of every executor.
home="$state/spark-home"
mkdir -p "$home"
touch "$home/RELEASE"
ln -sfn "$lib" "$home/jars"
# SPARK_SCALA_VERSION: a home without the launcher scripts cannot tell the Scala version by itself
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$state"
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$here/pom.xml")
log4j="-Dlog4j2.configurationFile=$here/src/main/resources/log4j2.properties"

# shellcheck disable=SC2086
java $opens $log4j -Xmx512m -cp "$lib/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 18080 > "$state/master.log" 2>&1 &
echo $! > "$state/pids"
for attempt in $(seq 1 30); do
  if (echo > /dev/tcp/127.0.0.1/7077) 2>/dev/null; then break; fi
  sleep 2
done
for worker in 1 2; do
  # shellcheck disable=SC2086
  java $opens $log4j -Xmx512m -cp "$lib/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory "${WORKER_MEMORY:-2g}" --webui-port $((18080 + worker)) \
    --work-dir "$state/work/$worker" spark://127.0.0.1:7077 > "$state/worker-$worker.log" 2>&1 &
  echo $! >> "$state/pids"
done
for attempt in $(seq 1 60); do
  # the master's status page lists its workers (its log says so only at INFO)
  registered=$(curl -s http://127.0.0.1:18080/json/ 2>/dev/null | grep -c '"state" : "ALIVE"' || true)
  if [ "$registered" -ge 2 ]; then
    echo "master spark://127.0.0.1:7077 with 2 workers (logs in $state)"
    exit 0
  fi
  sleep 2
done
echo "the workers did not register within 2 minutes; see $state/*.log" >&2
exit 1
