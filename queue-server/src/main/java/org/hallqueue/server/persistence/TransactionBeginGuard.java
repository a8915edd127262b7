package org.hallqueue.server.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.sqlite.SQLiteConnection;

/**
 * sqlite-jdbc marks a connection as inside a transaction before it runs the BEGIN; when the BEGIN
 * fails (the database is locked by another process, or read-only) the mark stays. The next
 * transaction on that connection then sends no BEGIN: each change commits on its own and the final
 * COMMIT fails, so a caller is told "not saved" about changes that were saved. This pool wrapper
 * takes the mark back when a BEGIN fails.
 */
final class TransactionBeginGuard extends DelegatingDataSource implements AutoCloseable {
  private final AutoCloseable pool;

  <P extends DataSource & AutoCloseable> TransactionBeginGuard(P pool) {
    super(pool);
    this.pool = pool;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return guarded(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return guarded(super.getConnection(username, password));
  }

  private static Connection guarded(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            TransactionBeginGuard.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("equals")) {
                return proxy == args[0];
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                  connection
                      .unwrap(SQLiteConnection.class)
                      .getConnectionConfig()
                      .setAutoCommit(true);
                }
                throw e.getCause();
              }
            });
  }

  @Override
  public void close() throws Exception {
    pool.close();
  }
}
