# bench/peers/lib.sh — helpers sourced by activemq.sh and rabbitmq.sh (not run
# directly): a STOMP CONNECT probe, bounded waits, kill-by-pid, listener checks.
# Pure bash (uses /dev/tcp), no extra tools beyond coreutils/procps/iproute2.

# stomp_probe PORT [VHOST] -> 0 when 127.0.0.1:PORT answers a STOMP CONNECT
# with a CONNECTED frame (login guest/guest: ignored by ActiveMQ without an
# authentication plugin; RabbitMQ lets guest in from loopback).
stomp_probe() {
  local port=$1 vhost=${2:-/} line=""
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'CONNECT\naccept-version:1.0,1.1,1.2\nhost:%s\nlogin:guest\npasscode:guest\nheart-beat:0,0\n\n\0' "$vhost" >&3
    IFS= read -r -t 5 line <&3 || exit 1
    printf 'DISCONNECT\n\n\0' >&3 2>/dev/null
    exec 3>&-
    [[ "${line%$'\r'}" == CONNECTED ]]
  ) 2>/dev/null
}

# port_in_use PORT -> 0 when something listens on TCP PORT (any address)
port_in_use() {
  ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}

# pid_alive PID -> 0 when the process exists (and is not a zombie)
pid_alive() {
  local pid=$1 st
  [[ -n "$pid" && -d /proc/$pid ]] || return 1
  st=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ "$st" != Z ]]
}

# wait_reaped PID... : our daemons are re-parented to PID 1 (setsid), which
# reaps exited children after a moment; wait up to 5 s so that no zombie entry
# is left either (e.g. for a `pgrep -f beam` right after stop). Best effort.
wait_reaped() {
  local p i
  for ((i = 0; i < 50; i++)); do
    local left=0
    for p in "$@"; do [[ -d /proc/$p ]] && left=1; done
    ((left)) || return 0
    sleep 0.1
  done
  return 0
}

# kill_pids TIMEOUT_S PID... : TERM, wait up to TIMEOUT_S, then KILL; waits
# until they are gone. Returns 0 when none is left.
kill_pids() {
  local timeout=$1; shift
  local pids=() p i
  for p in "$@"; do pid_alive "$p" && pids+=("$p"); done
  ((${#pids[@]})) || return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    local left=0
    for p in "${pids[@]}"; do pid_alive "$p" && left=1; done
    ((left)) || { wait_reaped "${pids[@]}"; return 0; }
    sleep 0.1
  done
  for p in "${pids[@]}"; do
    if pid_alive "$p"; then
      echo "pid $p still alive after ${timeout}s: KILL" >&2
      kill -KILL "$p" 2>/dev/null || true
    fi
  done
  for ((i = 0; i < 50; i++)); do
    local left=0
    for p in "${pids[@]}"; do pid_alive "$p" && left=1; done
    ((left)) || { wait_reaped "${pids[@]}"; return 0; }
    sleep 0.1
  done
  return 1
}

# listeners_of PID... -> prints the `ss -ltnp` lines of those processes
listeners_of() {
  local re p
  re=$(printf 'pid=%s,|' "$@"); re=${re%|}
  ss -Hltnp 2>/dev/null | grep -E "$re" || true
}

# check_loopback_only WHAT PID... : fails (and prints them) when any listener
# of those processes is bound to a non-loopback address.
check_loopback_only() {
  local what=$1; shift
  local bad
  bad=$(listeners_of "$@" | awk '{print $4}' | grep -Ev '^(127\.[0-9.]+|\[::1\]|\[::ffff:127\.[0-9.]+\]):[0-9]+$' || true)
  if [[ -n "$bad" ]]; then
    echo "$what: listeners on non-loopback addresses: $bad" >&2
    return 1
  fi
}

die() { echo "error: $*" >&2; exit 1; }
