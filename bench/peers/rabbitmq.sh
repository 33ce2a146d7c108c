#!/usr/bin/env bash
# bench/peers/rabbitmq.sh — run private RabbitMQ nodes (Debian's
# `rabbitmq-server` package, 3.10.x) with the STOMP plugin for the peer
# benchmark, on 127.0.0.1 only; 1 node, or 3 nodes clustered on loopback.
#
# Usage:
#   bench/peers/rabbitmq.sh start WORKDIR STOMP_PORT [NODES]   # NODES = 1 (default) or 3
#   bench/peers/rabbitmq.sh stop  WORKDIR
#
# start prints on stdout, last line the STOMP addresses:
#   destination-prefix=/queue/
#   headers=durable:true,auto-delete:false,x-queue-type:quorum
#   127.0.0.1:STOMP_PORT[,127.0.0.1:STOMP_PORT+1,127.0.0.1:STOMP_PORT+2]
# The load generator adds those headers to every SEND and SUBSCRIBE on
# /queue/NAME: the STOMP plugin then declares NAME as a durable quorum queue
# (on the first SEND/SUBSCRIBE of each session; same arguments every time, so
# no PRECONDITION_FAILED). Queues named in RMQ_QUORUM_QUEUES (comma list) are
# also declared up front (a STOMP SUBSCRIBE with those headers, receipt awaited),
# after which /amq/queue/NAME works too, without headers.
#
# Ports, all on 127.0.0.1, in the block STOMP_PORT .. STOMP_PORT+49 (checked
# free first), node i = 0,1,2:
#   STOMP  STOMP_PORT+i       AMQP 0-9-1  STOMP_PORT+10+i
#   Erlang distribution STOMP_PORT+20+i   epmd STOMP_PORT+30 (private instance)
#   rabbitmqctl's own distribution port   STOMP_PORT+40 .. +49
# Files, all under WORKDIR (nothing in /etc or /var is read or written):
#   .erlang.cookie (shared; HOME=WORKDIR), enabled_plugins ([rabbitmq_stomp].),
#   rabbitmq-env.conf (empty: keeps /etc/rabbitmq/rabbitmq-env.conf out),
#   nodeN/{rabbitmq.conf,mnesia/,log/,beam.pid}, epmd.log, pids, settings.
# Node names fedmqbenchN@localhost (short names). With 3 nodes, nodes 2 and 3
# are joined to node 1 (stop_app, join_cluster, start_app) unless already
# members; quorum queues then get 3 replicas.
# WORKDIR/pids: epmd's pid, then the beam.smp pid of each node, one per line.
# Waits (RMQ_START_TIMEOUT, default 120 s) until every STOMP port answers a
# CONNECT with CONNECTED; on failure prints the log tails and stops everything.
# Idempotent: if every pid in WORKDIR/pids is alive it only re-checks and prints.
# stop: TERM to the recorded beam.smp pids (graceful shutdown), KILL after 30 s,
# then the same for epmd; no-op if nothing is recorded.
# ctl:  bench/peers/rabbitmq.sh ctl WORKDIR NODE rabbitmqctl-args...  runs
#   rabbitmqctl with that node's environment (cookie, private epmd port), e.g.
#   `ctl /tmp/rmq 1 list_queues name type members`. Never run a bare
#   rabbitmqctl instead: it would start a system epmd on 0.0.0.0:4369.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/lib.sh"

RMQ_SBIN=/usr/lib/rabbitmq/bin   # the real scripts (not /usr/sbin's su-to-rabbitmq wrappers)
QUORUM_HEADERS="durable:true,auto-delete:false,x-queue-type:quorum"
usage() { echo "usage: $0 start WORKDIR STOMP_PORT [1|3] | stop WORKDIR | ctl WORKDIR NODE args..." >&2; exit 2; }

node_name() { echo "fedmqbench$1@localhost"; }

# node_env WORKDIR BASE_PORT N NODE_INDEX(1-based) -> prints env assignments
node_env() {
  local wd=$1 base=$2 nodes=$3 n=$4 k=$(($4 - 1))
  local nd="$wd/node$n"
  cat <<ENV
HOME=$wd
RABBITMQ_CONF_ENV_FILE=$wd/rabbitmq-env.conf
RABBITMQ_NODENAME=$(node_name "$n")
RABBITMQ_USE_LONGNAME=false
RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
RABBITMQ_NODE_PORT=$((base + 10 + k))
RABBITMQ_DIST_PORT=$((base + 20 + k))
RABBITMQ_CONFIG_FILE=$nd/rabbitmq.conf
RABBITMQ_ADVANCED_CONFIG_FILE=$nd/advanced.config
RABBITMQ_MNESIA_BASE=$nd/mnesia
RABBITMQ_LOG_BASE=$nd/log
RABBITMQ_PID_FILE=$nd/beam.pid
RABBITMQ_ENABLED_PLUGINS_FILE=$wd/enabled_plugins
RABBITMQ_PLUGINS_EXPAND_DIR=$nd/plugins-expand
RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}
RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}
RABBITMQ_CTL_DIST_PORT_MIN=$((base + 40))
RABBITMQ_CTL_DIST_PORT_MAX=$((base + 49))
RABBITMQ_SCHEDULER_BIND_TYPE=$([[ $nodes -gt 1 ]] && echo u || echo db)
ERL_EPMD_ADDRESS=127.0.0.1
ERL_EPMD_PORT=$((base + 30))
ERL_CRASH_DUMP=$nd/erl_crash.dump
detached=true
ENV
}

# with_env WORKDIR BASE N NODE cmd... : run cmd with that node's environment
with_env() {
  local wd=$1 base=$2 nodes=$3 n=$4; shift 4
  local -a envs=()
  mapfile -t envs < <(node_env "$wd" "$base" "$nodes" "$n")
  (cd "$wd" && env "${envs[@]}" "$@")
}

ctl() {  # ctl WORKDIR BASE N NODE rabbitmqctl-args...
  local wd=$1 base=$2 nodes=$3 n=$4; shift 4
  with_env "$wd" "$base" "$nodes" "$n" "$RMQ_SBIN/rabbitmqctl" -n "$(node_name "$n")" "$@"
}

write_files() {
  local wd=$1 base=$2 nodes=$3 n k
  if [[ ! -s "$wd/.erlang.cookie" ]]; then
    (umask 077; od -An -N16 -tx1 /dev/urandom | tr -d ' \n' | tr a-f A-F >"$wd/.erlang.cookie")
  fi
  chmod 400 "$wd/.erlang.cookie"
  echo '[rabbitmq_stomp].' >"$wd/enabled_plugins"
  : >"$wd/rabbitmq-env.conf"
  for ((n = 1; n <= nodes; n++)); do
    k=$((n - 1))
    mkdir -p "$wd/node$n/log" "$wd/node$n/mnesia"
    cat >"$wd/node$n/rabbitmq.conf" <<CONF
# generated by fedmq bench/peers/rabbitmq.sh — node $(node_name "$n")
listeners.tcp.1 = 127.0.0.1:$((base + 10 + k))
stomp.listeners.tcp.1 = 127.0.0.1:$((base + k))
stomp.tcp_listen_options.nodelay = true
stomp.tcp_listen_options.backlog = 1024
distribution.listener.interface = 127.0.0.1
distribution.listener.port_range.min = $((base + 20 + k))
distribution.listener.port_range.max = $((base + 20 + k))
loopback_users.guest = true
log.console = false
log.file.level = info
CONF
  done
}

log_tails() {
  local wd=$1 f
  for f in "$wd"/node*/log/*.log "$wd"/node*/start.out "$wd/epmd.log"; do
    [[ -f "$f" ]] || continue
    echo "--- $f" >&2; tail -n 25 "$f" >&2
  done
}

all_alive() {  # all_alive WORKDIR -> 0 when WORKDIR/pids exists and every pid lives
  local wd=$1 p any=0
  [[ -s "$wd/pids" ]] || return 1
  while read -r p; do
    [[ -n "$p" ]] || continue
    any=1; pid_alive "$p" || return 1
  done <"$wd/pids"
  ((any))
}

recorded_pids() { [[ -s "$1/pids" ]] && grep -E '^[0-9]+$' "$1/pids" || true; }

stop() {
  local wd=$1 p
  local -a pids=() beams=() epmds=()
  mapfile -t pids < <(recorded_pids "$wd")
  if ((${#pids[@]} == 0)); then echo "rabbitmq: no pids recorded in $wd/pids, nothing to stop" >&2; return 0; fi
  for p in "${pids[@]}"; do
    if [[ "$(cat /proc/$p/comm 2>/dev/null)" == epmd ]]; then epmds+=("$p"); else beams+=("$p"); fi
  done
  # beam.smp first: SIGTERM makes the Erlang VM run init:stop() (graceful).
  ((${#beams[@]})) && { kill_pids 30 "${beams[@]}" || die "rabbitmq nodes survived KILL: ${beams[*]}"; }
  ((${#epmds[@]})) && { kill_pids 10 "${epmds[@]}" || die "epmd survived KILL: ${epmds[*]}"; }
  echo "rabbitmq stopped (pids ${pids[*]})" >&2
  rm -f "$wd/pids"
}

predeclare() {  # predeclare PORT QUEUE : declare a quorum queue through STOMP
  local port=$1 q=$2 line got=""
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'CONNECT\naccept-version:1.2\nhost:/\nlogin:guest\npasscode:guest\nheart-beat:0,0\n\n\0' >&3
  printf 'SUBSCRIBE\nid:declare\ndestination:/queue/%s\nack:client-individual\nprefetch-count:1\nreceipt:declared\n%s\n\n\0' \
    "$q" "${QUORUM_HEADERS//,/$'\n'}" >&3
  printf 'UNSUBSCRIBE\nid:declare\n\n\0DISCONNECT\nreceipt:bye\n\n\0' >&3
  while IFS= read -r -t 10 line <&3; do
    line=${line%$'\r'}
    case "$line" in
      RECEIPT) got=ok; break ;;
      ERROR) got=error ;;
      message:*) [[ $got == error ]] && echo "declare $q: ${line#message:}" >&2 ;;
    esac
  done 2>/dev/null
  exec 3>&-
  [[ $got == ok ]]
}

start() {
  local wd=$1 base=$2 nodes=${3:-1}
  [[ "$base" =~ ^[0-9]+$ ]] && ((base >= 1024 && base + 49 <= 65535)) || usage
  [[ "$nodes" == 1 || "$nodes" == 3 ]] || usage
  mkdir -p "$wd"; wd=$(cd "$wd" && pwd)
  local timeout=${RMQ_START_TIMEOUT:-120} t0=$SECONDS n p addrs="" epmd_pid
  local -a beams=()

  if all_alive "$wd"; then
    echo "rabbitmq already running (pids $(recorded_pids "$wd" | tr '\n' ' '))" >&2
    grep -qx "base=$base" "$wd/settings" && grep -qx "nodes=$nodes" "$wd/settings" ||
      die "it runs with other settings ($(tr '\n' ' ' <"$wd/settings")): stop it first"
  else
    if [[ -s "$wd/pids" ]]; then
      echo "rabbitmq: some recorded pids are gone; stopping the rest and starting afresh" >&2
      stop "$wd"
    fi
    for p in $(seq "$base" $((base + 49))); do
      port_in_use "$p" && die "port $p (in the block $base..$((base + 49)) this script uses) is in use: $(ss -Hltnp "sport = :$p")"
    done
    write_files "$wd" "$base" "$nodes"
    printf 'base=%s\nnodes=%s\n' "$base" "$nodes" >"$wd/settings"

    # Private epmd on 127.0.0.1:base+30, in the foreground of its own session
    # (no -daemon) so that $! is its pid.
    setsid /usr/bin/epmd -address 127.0.0.1 -port $((base + 30)) </dev/null >"$wd/epmd.log" 2>&1 &
    epmd_pid=$!
    for _ in $(seq 50); do port_in_use $((base + 30)) && break; sleep 0.1; done
    echo "$epmd_pid" >"$wd/pids"
    pid_alive "$epmd_pid" || { cat "$wd/epmd.log" >&2; rm -f "$wd/pids"; die "epmd did not start"; }

    # All nodes at once (a restarted cluster member waits for its peers).
    for ((n = 1; n <= nodes; n++)); do
      rm -f "$wd/node$n/beam.pid"
      local -a envs=()
      mapfile -t envs < <(node_env "$wd" "$base" "$nodes" "$n")
      # setsid and env exec, the script execs erl -> erlexec -> beam.smp: $! is the VM's pid.
      (cd "$wd" && exec setsid env "${envs[@]}" "$RMQ_SBIN/rabbitmq-server") </dev/null >"$wd/node$n/start.out" 2>&1 &
      beams+=("$!")
      echo "$!" >>"$wd/pids"
    done

    fail() {
      echo "rabbitmq: $*; log tails:" >&2; log_tails "$wd"; stop "$wd" || true; exit 1
    }
    for ((n = 1; n <= nodes; n++)); do
      local left=$((timeout - (SECONDS - t0))); ((left > 5)) || left=5
      pid_alive "${beams[n - 1]}" || fail "node $n (pid ${beams[n - 1]}) exited during start"
      # await_startup fails at once while the node is not yet registered in epmd: retry.
      until ctl "$wd" "$base" "$nodes" "$n" await_startup --timeout "$left" >"$wd/node$n/await.out" 2>&1; do
        pid_alive "${beams[n - 1]}" || fail "node $n (pid ${beams[n - 1]}) exited during start"
        ((SECONDS - t0 < timeout)) || fail "node $n not started after ${timeout}s: $(tail -n 5 "$wd/node$n/await.out")"
        sleep 1
        left=$((timeout - (SECONDS - t0))); ((left > 5)) || left=5
      done
      p=$(cat "$wd/node$n/beam.pid" 2>/dev/null || true)
      [[ "$p" == "${beams[n - 1]}" ]] || echo "note: node $n beam.pid says '$p', recorded ${beams[n - 1]}" >&2
    done

    if ((nodes > 1)); then
      local members
      members=$(ctl "$wd" "$base" "$nodes" 1 eval 'rabbit_nodes:all().' 2>/dev/null || true)
      for ((n = 2; n <= nodes; n++)); do
        if [[ "$members" == *"$(node_name "$n")"* ]]; then continue; fi
        { ctl "$wd" "$base" "$nodes" "$n" stop_app &&
          ctl "$wd" "$base" "$nodes" "$n" join_cluster "$(node_name 1)" &&
          ctl "$wd" "$base" "$nodes" "$n" start_app; } >"$wd/node$n/join.out" 2>&1 ||
          { cat "$wd/node$n/join.out" >&2; fail "node $n could not join $(node_name 1)"; }
      done
      members=$(ctl "$wd" "$base" "$nodes" 1 eval 'rabbit_nodes:all_running().' 2>/dev/null || true)
      for ((n = 1; n <= nodes; n++)); do
        [[ "$members" == *"$(node_name "$n")"* ]] || fail "node $n not running in the cluster: $members"
      done
    fi
  fi

  mapfile -t beams < <(recorded_pids "$wd")
  for ((n = 0; n < nodes; n++)); do
    until stomp_probe $((base + n)); do
      ((SECONDS - t0 < timeout)) || { echo "rabbitmq: no STOMP CONNECTED on 127.0.0.1:$((base + n)) after ${timeout}s" >&2; log_tails "$wd"; stop "$wd"; exit 1; }
      sleep 0.5
    done
    addrs+="${addrs:+,}127.0.0.1:$((base + n))"
  done
  check_loopback_only rabbitmq "${beams[@]}" || { stop "$wd"; exit 1; }

  if [[ -n "${RMQ_QUORUM_QUEUES:-}" ]]; then
    local q
    IFS=, read -ra qs <<<"$RMQ_QUORUM_QUEUES"
    for q in "${qs[@]}"; do
      predeclare "$base" "$q" || { echo "rabbitmq: could not declare quorum queue $q" >&2; stop "$wd"; exit 1; }
    done
  fi

  echo "rabbitmq: $nodes node(s) up in $((SECONDS - t0))s, pids $(tr '\n' ' ' <"$wd/pids")" >&2
  echo "destination-prefix=/queue/"
  echo "headers=$QUORUM_HEADERS"
  echo "$addrs"
}

ctl_cmd() {  # ctl_cmd WORKDIR NODE args... : rabbitmqctl against a node of a started WORKDIR
  local wd=$1 n=$2; shift 2
  [[ -s "$wd/settings" ]] || die "no $wd/settings: start first"
  local base nodes
  base=$(sed -n 's/^base=//p' "$wd/settings"); nodes=$(sed -n 's/^nodes=//p' "$wd/settings")
  ctl "$(cd "$wd" && pwd)" "$base" "$nodes" "$n" "$@"
}

case "${1:-}" in
  start) (($# == 3 || $# == 4)) || usage; start "$2" "$3" "${4:-1}" ;;
  stop)  (($# == 2)) || usage; stop "$2" ;;
  ctl)   (($# >= 4)) || usage; shift; ctl_cmd "$@" ;;
  *) usage ;;
esac
