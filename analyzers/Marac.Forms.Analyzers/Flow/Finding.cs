using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>An expression written at a sink that carries restricted data.</summary>
internal readonly struct Finding
{
    public Finding(IOperation leaf, Taint taint)
    {
        Leaf = leaf;
        Taint = taint;
    }

    /// <summary>The smallest expression in the sink's arguments that brings the data in.</summary>
    public IOperation Leaf { get; }

    public Taint Taint { get; }
}
