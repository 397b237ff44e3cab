"""Verbs of promised work shared by the action and decision rules (a regex alternation).

``patterns`` re-exports it; it lives here so the figure patterns' module stays small."""

from __future__ import annotations

# Verbs that give someone work: "would circulate", "agreed to check", "That X arrange ...".
ACTION_VERBS = (
    r"provide|circulate|re-?circulate|send|share|check|look\s+(?:into|at)|feed\s*back|report\s+back|come\s+back|get\s+back"
    r"|respond|investigate|liaise|link(?!\s+(?:to|between)\b)|contact|follow\s+up|update|write|confirm|ensure|review|raise|bring|speak|amend|forward"
    r"|arrange|chase|discuss|explore|consider|clarify|find\s+out|establish|produce|prepare|organise|organize|invite|ask"
    r"|seek|obtain|pass|publish|distribute|supply|submit|present|refresh|disseminate|meet|attend|host|work|set\s+up"
    r"|take\s+(?:forward|up|back)|pursue|examine|add|include|reconsider|revisit|give|deliver|identify|approach|request"
    r"|e-?mail|notify|inform|advise|monitor|draft|compile|put\s+together|sort\s+out|escalate|collate|analyse|analyze"
    r"|visit|issue|publicise|promote|reissue|test|trial|map|convene|schedule|research|source|invest|report|refer|lobby"
    r"|replace|repair|install|fix|remove|deploy|carry\s+out|undertake|reinstate|erect|cut\s+back|talk\s+to|patrol"
    r"|(?:be|get)\s+in\s+touch|keep\s+(?:an\s+eye|a\s+(?:close\s+)?watch)\s+on"
    r"|get\s+(?:the|those|these|some|further|more)\s+(?:[\w-]+\s+)?(?:figures|data|details|information|numbers|statistics|answers?|breakdown)"
    r"|see\s+(?:what\s+(?:could|can|might)\s+be\s+done|if\s+(?:anything|something|more)\s+(?:could|can)\s+be\s+done"
    r"|(?:if|whether)\s+(?:[\w’'-]+\s+){1,4}?(?:could|can|might)\s+be\s+(?:included|arranged|done|added|provided|extended|moved|changed))"
    r"|make\s+(?:a|an)\s+(?:formal\s+)?(?:request|enquiry|application|referral|complaint)"
    r"|(?:commence|launch|roll\s+out)(?!\s*[.,;]|\s+(?:in|on|at|from|across|shortly|soon|later|next|this|during|once|when|after|before|by|until)\b)"
    r"|implement"  # 'would commence comparisons', not 'these meetings would commence in January' (what begins, not who)
    r"|run(?=\s+(?:Operation\s|(?:(?:an?|the|their|its|further|more|regular|joint|weekly|monthly)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operations?|campaigns?|events?|sessions?|workshops?|patrols?|surger(?:y|ies)|initiatives?|drop-ins?)\b))"
)
