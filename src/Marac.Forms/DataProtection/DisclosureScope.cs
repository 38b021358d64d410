namespace Marac.Forms.DataProtection;

/// <summary>
/// A region of code in which restricted personal data may be disclosed under a recorded lawful basis.
/// Create one with <see cref="Begin"/> in a <c>using</c> statement; the analyzers accept disclosures
/// inside it, and code can read <see cref="Current"/> to attach the basis to what it writes.
/// Scopes flow with async calls and nest; disposing restores the outer scope.
/// </summary>
public sealed class DisclosureScope : IDisposable
{
    private static readonly AsyncLocal<DisclosureScope?> Active = new();

    private readonly DisclosureScope? outer;
    private bool disposed;

    private DisclosureScope(LawfulBasis basis, DisclosureScope? outer)
    {
        Basis = basis;
        this.outer = outer;
    }

    /// <summary>The lawful basis of this scope.</summary>
    public LawfulBasis Basis { get; }

    /// <summary>The basis of the innermost open scope on this async flow, or null outside any scope.</summary>
    public static LawfulBasis? Current => Active.Value?.Basis;

    /// <summary>Opens a scope under <paramref name="basis"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">The basis does not state reasons, extent and permitted use.</exception>
    public static DisclosureScope Begin(LawfulBasis basis)
    {
        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis));
        }

        basis.EnsureComplete();
        var scope = new DisclosureScope(basis, Active.Value);
        Active.Value = scope;
        return scope;
    }

    /// <summary>Closes the scope and restores the enclosing one.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = outer;
        }
    }
}
