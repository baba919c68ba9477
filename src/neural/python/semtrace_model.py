"""A small decoder-only transformer (pre-LayerNorm, learned positions, tied embeddings).

One forward pass serves training, prefill and cached decoding: `past_key` / `past_value` hold the
keys and values of earlier positions ([layers, batch, heads, past, head_dim]); the pass returns them
extended by the new positions. `attention_mask` covers past and new positions (1 = a real token), so
left-padded batches decode together. The exported ONNX graph is this same function.
"""
import math

import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, width, heads, ffn):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.proj = nn.Linear(width, width)
        self.ln2 = nn.LayerNorm(width)
        self.up = nn.Linear(width, ffn)
        self.down = nn.Linear(ffn, width)

    def forward(self, x, bias, past_k, past_v):
        b, t, w = x.shape
        d = w // self.heads
        q, k, v = self.qkv(self.ln1(x)).split(w, dim=2)
        q = q.view(b, t, self.heads, d).transpose(1, 2)
        k = k.view(b, t, self.heads, d).transpose(1, 2)
        v = v.view(b, t, self.heads, d).transpose(1, 2)
        k = torch.cat([past_k, k], dim=2)
        v = torch.cat([past_v, v], dim=2)
        scores = torch.matmul(q, k.transpose(2, 3)) / math.sqrt(d) + bias
        attended = torch.matmul(torch.softmax(scores, dim=-1), v)
        x = x + self.proj(attended.transpose(1, 2).reshape(b, t, w))
        x = x + self.down(nn.functional.gelu(self.up(self.ln2(x))))
        return x, k, v


class TraceModel(nn.Module):
    def __init__(self, vocab_size, layers, width, heads, ffn, max_positions):
        super().__init__()
        if width % heads != 0:
            raise ValueError(f"width {width} is not a multiple of heads {heads}")
        self.layers = layers
        self.heads = heads
        self.head_dim = width // heads
        self.embed = nn.Embedding(vocab_size, width)
        self.positions = nn.Embedding(max_positions, width)
        self.blocks = nn.ModuleList([Block(width, heads, ffn) for _ in range(layers)])
        self.ln = nn.LayerNorm(width)
        self.apply(self._init)

    @staticmethod
    def _init(module):
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def empty_past(self, batch, device):
        shape = (self.layers, batch, self.heads, 0, self.head_dim)
        return torch.zeros(shape, device=device), torch.zeros(shape, device=device)

    def forward(self, input_ids, position_ids, attention_mask, past_key, past_value):
        t = input_ids.shape[1]
        past = past_key.shape[3]
        x = self.embed(input_ids) + self.positions(position_ids)
        # New position i (absolute past + i) sees key j when j <= past + i and key j is a real token.
        query_at = torch.arange(t, device=input_ids.device) + past
        key_at = torch.arange(past + t, device=input_ids.device)
        allowed = (key_at.unsqueeze(0) <= query_at.unsqueeze(1)).unsqueeze(0).unsqueeze(0)
        allowed = allowed & (attention_mask > 0).unsqueeze(1).unsqueeze(2)
        bias = (~allowed).float() * -1e9
        keys, values = [], []
        for i, block in enumerate(self.blocks):
            x, k, v = block(x, bias, past_key[i], past_value[i])
            keys.append(k)
            values.append(v)
        logits = torch.matmul(self.ln(x), self.embed.weight.t())
        return logits, torch.stack(keys), torch.stack(values)


class LastLogits(nn.Module):
    """What inference needs: logits of the last position only (left padding keeps it real in every row)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, position_ids, attention_mask, past_key, past_value):
        logits, keys, values = self.model(input_ids, position_ids, attention_mask, past_key, past_value)
        return logits[:, -1, :], keys, values
