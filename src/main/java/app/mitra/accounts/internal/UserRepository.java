package app.mitra.accounts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;

/** SQL of the accounts_user table. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String username, String passwordHash, List<String> roles, String timeZone, long now) {
        jdbc.sql("""
                insert into accounts_user (id, username, password_hash, roles, time_zone, created_at)
                values (:id, :username, :hash, :roles, :zone, :now)""")
                .param("id", id.toString()).param("username", username).param("hash", passwordHash)
                .param("roles", String.join(",", roles)).param("zone", timeZone).param("now", now)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_user").query(Long.class).single();
    }

    public Optional<AccountUser> findLogin(String username) {
        return jdbc.sql("select id, username, roles, password_hash from accounts_user where username = :username")
                .param("username", username)
                .query((rs, row) -> new AccountUser(UUID.fromString(rs.getString("id")), rs.getString("username"),
                        roles(rs.getString("roles")), rs.getString("password_hash")))
                .optional();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("select id, username, roles, time_zone from accounts_user where id = :id")
                .param("id", id.toString())
                .query((rs, row) -> new Account(UUID.fromString(rs.getString("id")), rs.getString("username"),
                        roles(rs.getString("roles")), rs.getString("time_zone")))
                .optional();
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from accounts_user where id = :id").param("id", id.toString())
                .query(String.class).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from accounts_user where username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    public void updateTimeZone(UUID id, String timeZone) {
        jdbc.sql("update accounts_user set time_zone = :zone where id = :id")
                .param("zone", timeZone).param("id", id.toString()).update();
    }

    public void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update accounts_user set password_hash = :hash where id = :id")
                .param("hash", passwordHash).param("id", id.toString()).update();
    }

    /**
     * The account's own rows: sessions, tokens, invites it made, its audit trail and security log, and the user; an invite
     * it used forgets its name (the invite stays the admin's, marked used).
     */
    public void deleteEverything(UUID id, String username) {
        String user = id.toString();
        jdbc.sql("update accounts_invite set used_by = null where used_by = :username").param("username", username)
                .update();
        jdbc.sql("""
                delete from accounts_session_attributes where session_primary_id in
                (select primary_id from accounts_session where principal_name = :username)""")
                .param("username", username).update();
        jdbc.sql("delete from accounts_session where principal_name = :username").param("username", username).update();
        for (String table : List.of("accounts_token", "accounts_invite", "accounts_audit", "accounts_security_event")) {
            jdbc.sql("delete from " + table + " where user_id = :user").param("user", user).update();
        }
        jdbc.sql("delete from accounts_user where id = :user").param("user", user).update();
    }

    public void updateRoles(UUID id, List<String> roles) {
        jdbc.sql("update accounts_user set roles = :roles where id = :id")
                .param("roles", String.join(",", roles)).param("id", id.toString()).update();
    }

    /**
     * Signs the person out of every browser but the session {@code keep} (null: every one): their
     * stored web sessions go, with their attributes (the foreign key cascades).
     */
    public int endSessionsExcept(String username, String keep) {
        return jdbc.sql("delete from accounts_session where principal_name = :username and session_id <> :keep")
                .param("username", username).param("keep", keep == null ? "" : keep).update();
    }

    public boolean endSession(String username, String sessionId) {
        return jdbc.sql("delete from accounts_session where principal_name = :username and session_id = :id")
                .param("username", username).param("id", sessionId).update() > 0;
    }

    static List<String> roles(String stored) {
        return Arrays.stream(stored.split(",")).map(String::trim).filter(role -> !role.isEmpty()).toList();
    }
}
