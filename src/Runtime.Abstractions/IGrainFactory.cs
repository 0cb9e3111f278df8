namespace DataSpine.Runtime;

/// <summary>Hands out references to grains; a reference is cheap, serializable and can be passed around.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;
}
