using System.Collections.Generic;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Clearance;

/// <summary>
/// What every disclosure record states: its basis (UK GDPR Article 6, or under DPA 2018 Part 3 its s.35
/// basis) and the three statements seed protocol section 2.2 requires (reasons, extent, permitted use).
/// </summary>
internal readonly struct BasisStatements
{
    private static readonly string[] Words = { "its Article 6 basis", "reasons", "extent", "permitted use" };

    public BasisStatements(StatementState article6, StatementState reasons, StatementState extent, StatementState permittedUse)
    {
        Article6 = article6;
        Reasons = reasons;
        Extent = extent;
        PermittedUse = permittedUse;
    }

    /// <summary>A basis created with nothing set: the Article 6 basis is null and the statements empty.</summary>
    public static BasisStatements AllEmpty => new(StatementState.Empty, StatementState.Empty, StatementState.Empty, StatementState.Empty);

    public static BasisStatements AllUnknown => new(StatementState.Unknown, StatementState.Unknown, StatementState.Unknown, StatementState.Unknown);

    public StatementState Article6 { get; }

    public StatementState Reasons { get; }

    public StatementState Extent { get; }

    public StatementState PermittedUse { get; }

    /// <summary>The state of a value given to the member <paramref name="name"/> (a property or parameter name).</summary>
    public static StatementState StateOf(string name, IOperation value) =>
        IsBasis(name) ? Article6StateOf(value) : StateOf(value);

    public static StatementState StateOf(IOperation value)
    {
        if (!ConstantText.TryFold(value, out var text))
        {
            return StatementState.Unknown;
        }

        return text is not null && text.Trim().Length > 0 ? StatementState.Stated : StatementState.Empty;
    }

    public static StatementState StateOf(TypedConstant constant) =>
        constant.Value is string text && text.Trim().Length > 0 ? StatementState.Stated : StatementState.Empty;

    /// <summary>
    /// The member that states the basis: <c>Article6</c> under UK GDPR, <c>Section35</c> under Part 3. A basis
    /// states one of the two, never both, so either one fills the same slot.
    /// </summary>
    public static bool IsBasis(string name) => name is "Article6" or "article6" or "Section35" or "section35";

    public BasisStatements With(string name, StatementState state) => name switch
    {
        _ when IsBasis(name) => Article6 == StatementState.Stated && state != StatementState.Stated ? this : new BasisStatements(state, Reasons, Extent, PermittedUse),
        "Reasons" or "reasons" => new BasisStatements(Article6, state, Extent, PermittedUse),
        "Extent" or "extent" => new BasisStatements(Article6, Reasons, state, PermittedUse),
        "PermittedUse" or "permittedUse" => new BasisStatements(Article6, Reasons, Extent, state),
        _ => this,
    };

    /// <summary>What is known to be missing, in words ("its Article 6 basis or permitted use"), or null when nothing is.</summary>
    public string? MissingInWords()
    {
        var missing = new List<string>(4);
        var states = new[] { Article6, Reasons, Extent, PermittedUse };
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] == StatementState.Empty)
            {
                missing.Add(Words[i]);
            }
        }

        return missing.Count switch
        {
            0 => null,
            1 => missing[0],
            _ => string.Join(", ", missing.GetRange(0, missing.Count - 1)) + " or " + missing[missing.Count - 1],
        };
    }

    /// <summary>An enum value states a basis; null states none; anything else is known only at run time.</summary>
    private static StatementState Article6StateOf(IOperation value)
    {
        var unwrapped = OperationTree.Unwrap(value);
        if (unwrapped.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is null ? StatementState.Empty : StatementState.Stated;
        }

        return unwrapped.Type is { OriginalDefinition.SpecialType: not SpecialType.System_Nullable_T } ? StatementState.Stated : StatementState.Unknown;
    }
}
