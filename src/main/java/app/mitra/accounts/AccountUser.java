package app.mitra.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as every controller receives it. Holds no password hash once signed in. */
public final class AccountUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String username;
    private final List<String> roles;
    private String passwordHash;

    public AccountUser(UUID id, String username, List<String> roles, String passwordHash) {
        this.id = id;
        this.username = username;
        this.roles = List.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public List<String> roles() {
        return roles;
    }

    public boolean isAdmin() {
        return roles.contains(Account.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
