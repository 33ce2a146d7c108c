#!/usr/bin/env bash
# bench/peers/install.sh — install the peer brokers used by the comparison
# benchmark: Debian's `activemq` (ActiveMQ Classic) and `rabbitmq-server`.
#
# Usage:  bash bench/peers/install.sh
#
# - Idempotent: installs only what is missing; runs `apt-get update` only when a
#   package cannot be found in the current lists.
# - The packages' own system services are NOT used (activemq.sh / rabbitmq.sh run
#   private instances under a work directory). To keep Debian's maintainer
#   scripts from auto-starting rabbitmq-server / activemq via invoke-rc.d, a
#   temporary /usr/sbin/policy-rc.d (exit 101) is put in place during the install
#   when none exists, and removed afterwards. Anything the packages still
#   started (processes of users rabbitmq/activemq) is stopped, by pid.
# - Prints the installed versions.
set -euo pipefail

PKGS=(activemq rabbitmq-server)
export DEBIAN_FRONTEND=noninteractive

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  need_update=0
  for p in "${missing[@]}"; do
    cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [[ -z "$cand" || "$cand" == "(none)" ]]; then need_update=1; fi
  done
  if ((need_update)); then apt-get update -q; fi

  tmp_policy=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    tmp_policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\n# temporary, from fedmq bench/peers/install.sh\nexit 101\n' >"$tmp_policy"
    chmod 755 "$tmp_policy"
    trap 'rm -f "$tmp_policy"' EXIT
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}"
  if [[ -n "$tmp_policy" ]]; then rm -f "$tmp_policy"; trap - EXIT; fi
fi

# Stop whatever the packages may have started anyway (normally nothing: the
# policy-rc.d above denies the start). Not via `service ... stop`: Debian's
# rabbitmq init script runs rabbitmqctl, which itself boots an Erlang VM + epmd.
for u in rabbitmq activemq; do
  if id "$u" >/dev/null 2>&1; then
    pids=$(pgrep -u "$u" | tr '\n' ' ' || true)
    if [[ -n "${pids// /}" ]]; then
      echo "stopping processes started by the $u package: $pids" >&2
      kill $pids 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do pgrep -u "$u" >/dev/null || break; sleep 0.5; done
      pids=$(pgrep -u "$u" | tr '\n' ' ' || true)
      if [[ -n "${pids// /}" ]]; then kill -9 $pids 2>/dev/null || true; fi
    fi
  fi
done

echo "activemq        $(dpkg-query -W -f='${Version}' activemq)"
echo "rabbitmq-server $(dpkg-query -W -f='${Version}' rabbitmq-server)"
echo "erlang-base     $(dpkg-query -W -f='${Version}' erlang-base 2>/dev/null || echo '?')"
echo "java            $(java -version 2>&1 | head -1)"
