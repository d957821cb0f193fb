"""The round trip of a tick: harvest the tasks ticked in the due note, record each as a dated line,
and the one edit vaultkit ever makes to a user's note."""
