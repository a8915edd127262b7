package org.hallqueue.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hallqueue.server.devices.DeviceAuthentication;
import org.hallqueue.server.staff.SignIn;
import org.hallqueue.server.staff.StaffSessions;
import org.hallqueue.server.staff.StaffUserRepository;
import org.hallqueue.server.web.Pages;
import org.hallqueue.server.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Staff, managers and admins sign in with a session (pages) or HTTP Basic
 * (scripts); kiosks and display boards use their bearer token. ADMIN ⊇ MANAGER ⊇ STAFF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
  /**
   * The manager console's policy: the pages' policy (scripts only from this server, no inline
   * script), except that the charts library sets inline styles.
   */
  static final String CONSOLE_POLICY =
      Pages.POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      DeviceAuthentication devices,
      SignIn signIn,
      StaffSessions sessions,
      @Value("${queue.allowed-origins:}") List<String> allowedOrigins,
      @Value("${queue.appointments.public:false}") boolean publicBooking)
      throws Exception {
    RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
    // CSRF matters only where a browser's session cookie authenticates the request: not for a
    // request a device token authenticated (the device filter runs first), nor one that brings
    // its own credentials; an access_token parameter alone (even blank) is no reason.
    RequestMatcher notCookieAuthenticated =
        request ->
            request.getAttribute(DeviceAuthentication.AUTHENTICATED) != null
                || basicOrBearer(request.getHeader("Authorization"))
                || (api.matches(request) && request.getRequestedSessionId() == null);
    AuthenticationEntryPoint unauthorized =
        (request, response, e) ->
            Problems.write(
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Sign in as staff (session or HTTP Basic) or send a device token.",
                "Authorization");
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            Problems.write(
                response,
                HttpStatus.FORBIDDEN,
                "Not allowed",
                "Your role may not " + request.getMethod() + " " + path(request) + ".",
                null);
    http.csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .ignoringRequestMatchers(notCookieAuthenticated))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/error")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/services",
                        "/api/v1/lanes",
                        "/api/v1/counters",
                        "/api/v1/guidance",
                        "/api/v1/floorplan",
                        "/api/v1/tickets/track/*")
                    .permitAll()
                    // ratings (issue 15): visitors rate by tracking token; summaries are public
                    .requestMatchers(
                        "/api/v1/tickets/track/*/rating",
                        "/api/v1/ratings/summary",
                        "/api/v1/ratings/reasons")
                    .permitAll()
                    .requestMatchers("/api/v1/ratings/rater", "/api/v1/ratings/rater/**")
                    .hasRole("RATER")
                    // end of ratings rules
                    // what every page shows: the office's name and time zone; the phone page's push
                    .requestMatchers(
                        HttpMethod.GET, "/api/v1/office", "/api/v1/tickets/track/*/live")
                    .permitAll()
                    // learning while waiting and the pension calculator (issue 16): public;
                    // counts are checked and limited per address by the learning feature
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/pension/figures",
                        "/api/v1/pension/estimate",
                        "/api/v1/learning/game")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/v1/learning/tallies")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/board")
                    .hasAnyRole("STAFF", "DISPLAY")
                    // boards without a browser voice (issue 16): the server's offline speech
                    .requestMatchers(HttpMethod.GET, "/api/v1/speech", "/api/v1/speech/**")
                    .hasAnyRole("STAFF", "DISPLAY")
                    .requestMatchers("/staff", "/staff/**")
                    .hasRole("STAFF")
                    // manager console (issue 7): staff accounts for ADMIN, the rest for MANAGER
                    .requestMatchers(
                        "/api/v1/admin/staff",
                        "/api/v1/admin/staff/**",
                        "/api/v1/admin/lockouts",
                        "/api/v1/admin/backups",
                        "/api/v1/admin/backups/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/admin", "/admin/**", "/api/v1/admin/**")
                    .hasRole("MANAGER")
                    .requestMatchers(HttpMethod.PUT, "/api/v1/guidance")
                    .hasRole("MANAGER")
                    .requestMatchers("/api/v1/simulations", "/api/v1/simulations/**")
                    .hasRole("MANAGER")
                    .requestMatchers("/api/v1/playbook", "/api/v1/playbook/**")
                    .hasRole("MANAGER")
                    // end of manager console rules
                    // floor assistant (issue 17): the page, and printing on a kiosk
                    .requestMatchers("/assist", "/assist/**")
                    .hasRole("STAFF")
                    .requestMatchers(HttpMethod.POST, "/api/v1/devices/*/print")
                    .hasRole("STAFF")
                    // end of floor assistant rules
                    // appointments (issue 15): the booking code is the visitor's proof; anyone
                    // may book only where the office turns public booking on
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/appointments/settings",
                        "/api/v1/appointments/slots",
                        "/api/v1/appointments/days",
                        "/api/v1/appointments/*")
                    .permitAll()
                    .requestMatchers(HttpMethod.DELETE, "/api/v1/appointments/*")
                    .permitAll()
                    .requestMatchers(
                        request ->
                            publicBooking
                                && "POST".equals(request.getMethod())
                                && "/api/v1/appointments".equals(request.getRequestURI()))
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST, "/api/v1/appointments", "/api/v1/appointments/*/check-in")
                    .hasAnyRole("KIOSK", "STAFF")
                    // end of appointments rules
                    .requestMatchers(HttpMethod.POST, "/api/v1/tickets")
                    .hasAnyRole("KIOSK", "STAFF")
                    .requestMatchers("/api/v1/devices/me/**")
                    .hasAnyRole("KIOSK", "DISPLAY")
                    .requestMatchers("/api/v1/devices/**", "/api/v1/office-bundle/**")
                    .hasRole("MANAGER")
                    .requestMatchers(HttpMethod.PUT, "/api/v1/floorplan")
                    .hasRole("MANAGER")
                    .requestMatchers(HttpMethod.GET, "/api/v1/events")
                    .hasAnyRole("STAFF", "KIOSK", "DISPLAY", "RATER")
                    .requestMatchers("/ws/**")
                    .hasAnyRole("STAFF", "KIOSK", "DISPLAY", "RATER")
                    .requestMatchers("/api/**")
                    .hasRole("STAFF")
                    .anyRequest()
                    .permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .sessionManagement(
            session ->
                session.sessionConcurrency(
                    concurrency ->
                        concurrency
                            .maximumSessions(-1)
                            .sessionRegistry(sessions.registry())
                            .expiredSessionStrategy(sessions.whenEnded())))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(signIn.onSuccess())
                    .failureHandler(signIn.onFailure())
                    .permitAll())
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(unauthorized, api)
                    .defaultAuthenticationEntryPointFor(
                        unauthorized, request -> request.getRequestURI().startsWith("/ws/"))
                    .accessDeniedHandler(forbidden))
        .headers(
            headers ->
                headers.addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        request -> request.getRequestURI().startsWith("/admin"),
                        new StaticHeadersWriter("Content-Security-Policy", CONSOLE_POLICY))))
        .addFilterBefore(devices, CsrfFilter.class)
        .addFilterBefore(signIn.guard(), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new SocketOrigins(allowedOrigins), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The device filter runs inside the security chain only, not a second time as a servlet filter.
   */
  @Bean
  FilterRegistrationBean<DeviceAuthentication> deviceFilterOutsideSecurity(
      DeviceAuthentication devices) {
    FilterRegistrationBean<DeviceAuthentication> registration =
        new FilterRegistrationBean<>(devices);
    registration.setEnabled(false);
    return registration;
  }

  /** A request the firewall refuses (a path with "//", "..", encoded slashes): problem+json. */
  @Bean
  RequestRejectedHandler rejectedAsProblem() {
    return (request, response, e) ->
        Problems.write(
            response,
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "the address is not allowed here (e.g. a doubled or encoded slash)",
            "path");
  }

  /** Keeps the session registry clean when sessions time out or sign out. */
  @Bean
  HttpSessionEventPublisher sessionEvents() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_MANAGER\nROLE_MANAGER > ROLE_STAFF");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(StaffUserRepository staff) {
    return username ->
        staff
            .findById(username)
            .map(
                u ->
                    User.withUsername(u.username())
                        .password(u.passwordHash())
                        .roles(u.role().name())
                        .disabled(!u.enabled())
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  private static boolean basicOrBearer(String authorization) {
    return authorization != null
        && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
            || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI();
  }
}
