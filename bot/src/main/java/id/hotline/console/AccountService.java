package id.hotline.console;

import id.hotline.store.AccountStore;
import id.hotline.store.AuditStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Admin work on console accounts: the first admin, adding, disabling and enabling accounts, password resets. */
public final class AccountService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final AuditStore audit;
    private final Clock clock;

    public AccountService(AccountStore accounts, PasswordHasher hasher, SessionService sessions, AuditStore audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the configured admin when no account has that name; an existing account is left as it is. */
    public boolean ensureAdmin(String username, String password) {
        if (accounts.byName(username).isPresent()) {
            return false;
        }
        checkName(username);
        boolean created = accounts.create(username, hasher.hash(password), Role.ADMIN, clock.instant()).isPresent();
        if (created) {
            audit.record(clock.instant(), "system", "account_created", null, null, "user=" + username + " role=admin");
        }
        return created;
    }

    public List<Account> all(ConsoleSession actor) {
        requireAdmin(actor);
        return accounts.all();
    }

    public Account create(ConsoleSession actor, String username, String password, Role role) {
        requireAdmin(actor);
        checkName(username);
        String hash = hashOrInvalid(password);
        Account a = accounts.create(username, hash, role, clock.instant())
                .orElseThrow(() -> DeskException.conflict("nama pengguna '" + username + "' sudah dipakai"));
        audit.record(clock.instant(), actor.username(), "account_created", null, null, "user=" + username + " role=" + role.wire());
        return a;
    }

    public Account setActive(ConsoleSession actor, long id, boolean active) {
        requireAdmin(actor);
        Account a = find(id);
        if (!active && a.id() == actor.accountId()) {
            throw DeskException.conflict("Anda tidak bisa menonaktifkan akun Anda sendiri");
        }
        accounts.setActive(id, active);
        if (!active) {
            sessions.endAll(id);
        }
        audit.record(clock.instant(), actor.username(), active ? "account_enabled" : "account_disabled", null, null,
                "user=" + a.username());
        return find(id);
    }

    public void resetPassword(ConsoleSession actor, long id, String password) {
        requireAdmin(actor);
        Account a = find(id);
        accounts.setPassword(id, hashOrInvalid(password));
        sessions.endAll(id);
        audit.record(clock.instant(), actor.username(), "password_reset", null, null, "user=" + a.username());
    }

    private Account find(long id) {
        Optional<Account> a = accounts.byId(id);
        return a.orElseThrow(() -> DeskException.notFound("akun"));
    }

    private String hashOrInvalid(String password) {
        try {
            return hasher.hash(password);
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid(e.getMessage());
        }
    }

    /** Whether a console account may have this name: 3-32 letters, digits, '.', '_' or '-'. */
    public static boolean validName(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static void checkName(String username) {
        if (!validName(username)) {
            throw DeskException.invalid("nama pengguna: 3-32 huruf, angka, titik, garis bawah atau tanda hubung");
        }
    }

    static void requireAdmin(ConsoleSession actor) {
        if (!actor.admin()) {
            throw DeskException.forbidden("hanya admin yang boleh melakukan ini");
        }
    }
}
